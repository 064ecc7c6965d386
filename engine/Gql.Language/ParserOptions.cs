namespace Gql.Language;

/// <summary>Limits and switches for <see cref="Parser"/>.</summary>
public sealed record ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>The most tokens (punctuators, names, numbers, strings) a document may hold.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>The deepest nesting of selection sets, list/object values and list types.</summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>When true, nodes carry no <see cref="Syntax.Location"/> (slightly faster, less memory).</summary>
    public bool NoLocations { get; init; }
}
