namespace Gql.Types.CodeFirst;

/// <summary>Where a resolver parameter gets its value from.</summary>
public enum ParameterBindingKind
{
    Argument,
    Context,
    CancellationToken,
    ServiceProvider,
    Parent,
    Service,
}
