using Gql.Language.Syntax;

namespace Gql.Fusion.Metadata;

/// <summary>
/// An argument marked <c>@require(field: "...")</c>: the gateway fills it with the value of
/// another field of the same object, fetched (from any subgraph) before this field's subgraph is asked.
/// </summary>
/// <param name="ArgumentName">The argument of the source field that receives the value.</param>
/// <param name="ArgumentType">The argument's type in that subgraph.</param>
/// <param name="Field">The <c>@require</c> selection map as written (<c>"weight"</c>, <c>"dimension.size"</c>).</param>
/// <param name="Path">The same as a path of field names on the object.</param>
public sealed record FieldRequirement(string ArgumentName, TypeNode ArgumentType, string Field, IReadOnlyList<string> Path);
