using Gql.Language.Syntax;

namespace Gql.Fusion.Metadata;

/// <summary>
/// One argument of a lookup field and the field of the entity its value is read from: the
/// argument's name, or the path of its <c>@is(field: "...")</c> mapping (<c>"address.id"</c> = ["address", "id"]).
/// </summary>
/// <param name="Name">The argument's name on the lookup field.</param>
/// <param name="Type">The argument's type in the subgraph (used to declare the variable).</param>
/// <param name="KeyPath">The field path on the entity whose value fills the argument.</param>
/// <param name="Is">The <c>@is</c> selection map as written; null when the argument maps by name.</param>
public sealed record LookupArgument(string Name, TypeNode Type, IReadOnlyList<string> KeyPath, string? Is = null);
