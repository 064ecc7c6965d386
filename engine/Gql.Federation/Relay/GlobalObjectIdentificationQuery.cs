namespace Gql.Federation;

/// <summary>Adds <c>node</c> and <c>nodes</c> to the query type (see <see cref="NodeFieldsAttribute"/>).</summary>
[ExtendObjectType("Query")]
[NodeFields]
internal sealed class GlobalObjectIdentificationQuery;
