using Gql.Language.Syntax;

namespace Gql.Fusion.Metadata;

/// <summary>A field of a composite type after composition, with the subgraphs that resolve it.</summary>
public sealed record CompositeField
{
    public required string Name { get; init; }

    /// <summary>The field's type in the composite schema.</summary>
    public required TypeNode Type { get; init; }

    /// <summary>The name of the named type under lists and non-null (<c>Product</c> for <c>[Product!]!</c>).</summary>
    public string TypeName => TypeNodes.NamedType(Type);

    public IReadOnlyList<CompositeArgument> Arguments { get; init; } = [];

    /// <summary>Every subgraph that can resolve the field, in subgraph order (external declarations are not sources).</summary>
    public required IReadOnlyList<FieldSource> Sources { get; init; }

    /// <summary>Internal in every subgraph: not in the public schema; the planner may still use it.</summary>
    public bool IsInternal { get; init; }

    /// <summary><c>@inaccessible</c>: not in the public schema; the planner may still use it.</summary>
    public bool IsInaccessible { get; init; }

    /// <summary>The source in <paramref name="subgraph"/>, or null when that subgraph cannot resolve the field.</summary>
    public FieldSource? GetSource(string subgraph)
    {
        var sources = Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (string.Equals(sources[i].Subgraph, subgraph, StringComparison.Ordinal))
            {
                return sources[i];
            }
        }

        return null;
    }
}
