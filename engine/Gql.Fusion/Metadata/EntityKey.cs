using Gql.Language.Syntax;

namespace Gql.Fusion.Metadata;

/// <summary>One <c>@key(fields: "...")</c> of an entity type in one subgraph.</summary>
/// <param name="Subgraph">The subgraph that declares the key.</param>
/// <param name="Fields">The key's field selection as written (<c>"id"</c>, <c>"sku region { id }"</c>).</param>
/// <param name="Selection">The same selection parsed.</param>
public sealed record EntityKey(string Subgraph, string Fields, SelectionSetNode Selection);
