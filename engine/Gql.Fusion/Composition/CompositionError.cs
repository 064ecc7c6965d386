namespace Gql.Fusion.Composition;

/// <summary>
/// One finding of the composition: the GraphQL Composite Schemas error code, a message, the source
/// schema (subgraph) it is about and the schema coordinate (<c>Type</c>, <c>Type.field</c>,
/// <c>Type.field(arg:)</c>) when it applies to one member.
/// </summary>
public sealed record CompositionError(
    string Code,
    string Message,
    string? SchemaName = null,
    string? Coordinate = null,
    CompositionSeverity Severity = CompositionSeverity.Error)
{
    public override string ToString()
        => $"[{Code}] {Message}";
}
