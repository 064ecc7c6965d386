namespace Gql.Fusion.Composition.Model;

/// <summary>
/// An argument annotated with <c>@require</c>: the gateway fills it with the value the field
/// selection map <see cref="Field"/> reads from the parent object (resolved by other schemas).
/// </summary>
internal sealed record ComposedRequirement(string ArgumentName, string ArgumentType, string Field, IReadOnlyList<IReadOnlyList<string>> Paths);
