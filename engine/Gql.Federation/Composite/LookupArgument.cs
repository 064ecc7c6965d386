namespace Gql.Federation;

/// <summary>One argument of a lookup field and the field path (from <c>@is</c>, else the argument name) that supplies it.</summary>
internal sealed record LookupArgument(Argument Argument, IReadOnlyList<string> Path);
