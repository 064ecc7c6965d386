namespace Gql.Language;

/// <summary>
/// One entry of a response's <c>errors</c> list (spec section 7.1.2): a message, where in the
/// document it applies, where in the result it applies, and <c>extensions</c> (always a <c>code</c>).
/// </summary>
public sealed record GraphQLError(
    string Message,
    IReadOnlyList<ErrorLocation>? Locations = null,
    IReadOnlyList<object>? Path = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>The machine-readable code from <c>extensions.code</c>, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    public static GraphQLError WithCode(string message, string code, IReadOnlyList<ErrorLocation>? locations = null, IReadOnlyList<object>? path = null)
        => new(message, locations, path, new Dictionary<string, object?> { ["code"] = code });
}
