namespace Gql.Federation;

/// <summary>A <c>@lookup</c> field of the query type and, per argument, the path of the entity field it takes its value from.</summary>
internal sealed record Lookup(OutputField Field, IReadOnlyList<LookupArgument> Arguments);
