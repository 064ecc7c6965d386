namespace Gql.Execution;

/// <summary>
/// Produces the root value of an operation after the request was parsed, validated and its
/// variables coerced, and before the root fields run (a gateway fetches the operation's data from
/// its subgraphs here and lets the executor complete the result from it). For a subscription the
/// value is the parent the subscribe resolver gets (its errors and extensions are not used); each
/// event is then the root value of its execution, as without the hook.
/// </summary>
public interface IRootValueProvider
{
    ValueTask<ProvidedRootValue> ProvideAsync(RootValueRequest request, CancellationToken cancellationToken);
}
