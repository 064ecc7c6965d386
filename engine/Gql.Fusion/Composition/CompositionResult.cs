using Gql.Fusion.Metadata;

namespace Gql.Fusion.Composition;

/// <summary>
/// The outcome of a composition: on success the public schema (model and SDL) and the execution
/// metadata of every object, interface and union type; always every error and warning found.
/// </summary>
public sealed class CompositionResult
{
    internal CompositionResult(IReadOnlyList<CompositionError> entries, IReadOnlyList<string> sourceSchemaNames, Schema? publicSchema, IReadOnlyList<CompositeType> types)
    {
        Entries = entries;
        SourceSchemaNames = sourceSchemaNames;
        PublicSchema = publicSchema;
        Types = types;
        PublicSdl = publicSchema is null ? null : SchemaPrinter.Print(publicSchema) + "\n";
    }

    public bool IsSuccess => PublicSchema is not null;

    /// <summary>Every finding, errors and warnings, in the order the phases found them.</summary>
    public IReadOnlyList<CompositionError> Entries { get; }

    public IReadOnlyList<CompositionError> Errors => Entries.Where(e => e.Severity == CompositionSeverity.Error).ToArray();

    public IReadOnlyList<CompositionError> Warnings => Entries.Where(e => e.Severity == CompositionSeverity.Warning).ToArray();

    /// <summary>The names of the composed source schemas, in composition order.</summary>
    public IReadOnlyList<string> SourceSchemaNames { get; }

    /// <summary>The public (client-facing) schema, or null when the composition failed.</summary>
    public Schema? PublicSchema { get; }

    /// <summary>The public schema as SDL, printed by <see cref="SchemaPrinter"/> (ends with a newline).</summary>
    public string? PublicSdl { get; }

    /// <summary>The execution metadata of every object, interface and union type, public or not (empty when the composition failed).</summary>
    public IReadOnlyList<CompositeType> Types { get; }

    /// <summary>The gateway's execution schema: the public schema and <see cref="Types"/>, reached through <paramref name="subgraphs"/>.</summary>
    /// <exception cref="InvalidOperationException">The composition failed.</exception>
    /// <exception cref="ArgumentException">A composed source schema has no endpoint.</exception>
    public FusionSchema ToFusionSchema(IEnumerable<SubgraphEndpoint> subgraphs)
    {
        ArgumentNullException.ThrowIfNull(subgraphs);
        if (PublicSdl is null)
        {
            throw new InvalidOperationException("The composition failed:\n" + string.Join("\n", Errors));
        }

        var endpoints = subgraphs.ToArray();
        if (SourceSchemaNames.FirstOrDefault(name => !endpoints.Any(e => e.Name == name)) is { } missing)
        {
            throw new ArgumentException($"The source schema \"{missing}\" has no subgraph endpoint.", nameof(subgraphs));
        }

        return new FusionSchema(Parser.Parse(PublicSdl, new ParserOptions { MaxTokens = int.MaxValue, MaxDepth = int.MaxValue }), endpoints, Types);
    }
}
