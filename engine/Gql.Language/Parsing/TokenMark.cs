namespace Gql.Language.Parsing;

/// <summary>Where a node's first token starts: enough to build its <see cref="Syntax.Location"/> later.</summary>
internal readonly record struct TokenMark(int Start, int Line, int Column);
