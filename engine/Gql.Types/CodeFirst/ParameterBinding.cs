namespace Gql.Types.CodeFirst;

/// <summary>How one resolver parameter is bound; <see cref="ArgumentName"/> is set for GraphQL arguments.</summary>
public readonly record struct ParameterBinding(ParameterBindingKind Kind, string? ArgumentName = null);
