namespace Gql.Language.Syntax;

/// <summary>Where a node sits in its source: UTF-8 byte offsets and the 1-based line and column of its first character.</summary>
public readonly record struct Location(int Start, int End, int Line, int Column);
