using Gql.Language.Syntax;

namespace Gql.Fusion.Planning;

/// <summary>
/// A variable of an entity fetch that each entity fills: a lookup key or a <c>@require</c>d
/// value, read from the entity's merged result at <see cref="SourcePath"/> (gateway-internal aliases).
/// </summary>
public sealed record EntityVariable(string Name, TypeNode Type, IReadOnlyList<string> SourcePath);
