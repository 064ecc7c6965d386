namespace Gql.Language;

/// <summary>A 1-based line and column in a GraphQL document (spec section 7.1.2, "locations").</summary>
public readonly record struct ErrorLocation(int Line, int Column);
