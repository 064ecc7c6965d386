using Gql.Language;

namespace Gql.AspNetCore;

/// <summary>
/// The answer of an <see cref="IOperationCheck"/>: an error refuses the request; extensions are added
/// to the response's <c>extensions</c> (for example <c>operationCost</c>).
/// </summary>
public readonly record struct OperationCheckResult(GraphQLError? Error, IReadOnlyDictionary<string, object?>? Extensions)
{
    public static OperationCheckResult Allow => default;

    public static OperationCheckResult Refuse(GraphQLError error) => new(error, null);

    public static OperationCheckResult Report(IReadOnlyDictionary<string, object?> extensions) => new(null, extensions);
}
