namespace Gql.AspNetCore;

/// <summary>A POST body: one request, a batch, or rejected (the error response is already written).</summary>
internal readonly record struct ParsedBody(BodyKind Kind, RequestParameters Single, RequestParameters[]? Batch)
{
    public static ParsedBody Rejected => new(BodyKind.Rejected, default, null);
}
