using Gql.Fusion.Composition.Model;

namespace Gql.Fusion.Composition;

/// <summary>
/// The outcome of a composition: on success the public schema (model and SDL) and the execution
/// metadata of every type; always every error and warning found.
/// </summary>
public sealed class CompositionResult
{
    internal CompositionResult(IReadOnlyList<CompositionError> entries, IReadOnlyList<string> sourceSchemaNames, Schema? publicSchema, IReadOnlyDictionary<string, ComposedType>? types)
    {
        Entries = entries;
        SourceSchemaNames = sourceSchemaNames;
        PublicSchema = publicSchema;
        Types = types ?? new Dictionary<string, ComposedType>();
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

    /// <summary>Execution metadata of every type by name (public or not), empty when the composition failed.</summary>
    internal IReadOnlyDictionary<string, ComposedType> Types { get; }
}
