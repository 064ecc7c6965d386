namespace Gql.Fusion.Composition;

/// <summary>Collects every finding of a composition run (composition never stops at the first error).</summary>
internal sealed class CompositionLog
{
    private readonly List<CompositionError> _entries = [];

    public IReadOnlyList<CompositionError> Entries => _entries;

    public bool HasErrors => _entries.Any(e => e.Severity == CompositionSeverity.Error);

    public void Error(string code, string message, string? schemaName = null, string? coordinate = null)
        => _entries.Add(new CompositionError(code, message, schemaName, coordinate));

    public void Warning(string code, string message, string? schemaName = null, string? coordinate = null)
        => _entries.Add(new CompositionError(code, message, schemaName, coordinate, CompositionSeverity.Warning));
}
