namespace Gql.Fusion.Composition.Model;

/// <summary>An argument of a lookup and the entity field(s) its value comes from (<c>@is</c>, or the argument's own name).</summary>
internal sealed record ComposedLookupArgument(string Name, string Type, string Map, IReadOnlyList<IReadOnlyList<string>> Paths);
