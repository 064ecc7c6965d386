using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gql.Fusion.Planning;

/// <summary>
/// The parts of a fetch's subgraph operation: printed as one operation (<see cref="Text"/>), or,
/// for an entity fetch, as one operation that looks up several entities under the aliases
/// <c>_0</c>, <c>_1</c>, ... with their own variables (<see cref="Batch"/>), so the subgraph
/// resolves them in one execution and its DataLoaders load them together.
/// </summary>
internal sealed partial class FetchDocument
{
    private const int CachedBatchSizes = 64;

    private readonly string _head;
    private readonly IReadOnlyList<(string Name, string Type)> _entityVariables;
    private readonly IReadOnlyList<string> _forwardedDeclarations;
    private readonly string? _lookupField;
    private readonly IReadOnlyList<(string Argument, string Variable)> _lookupArguments;
    private readonly string _selection;
    private readonly ConcurrentDictionary<int, JsonEncodedText> _batches = new();

    public FetchDocument(
        string head,
        IReadOnlyList<(string Name, string Type)> entityVariables,
        IReadOnlyList<string> forwardedDeclarations,
        string? lookupField,
        IReadOnlyList<(string Argument, string Variable)> lookupArguments,
        string selection)
    {
        _head = head;
        _entityVariables = entityVariables;
        _forwardedDeclarations = forwardedDeclarations;
        _lookupField = lookupField;
        _lookupArguments = lookupArguments;
        _selection = selection;
        Text = Print();
    }

    /// <summary>The operation for one set of variables.</summary>
    public string Text { get; }

    /// <summary>The alias of the <paramref name="index"/>-th entity in a batch document.</summary>
    public static string Alias(int index) => "_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The variable name of an entity variable for the <paramref name="index"/>-th entity of a batch.</summary>
    public static string BatchVariable(string name, int index) => name + "_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The operation that looks up <paramref name="count"/> entities (JSON-encoded, cached for the common sizes).</summary>
    public JsonEncodedText Batch(int count)
    {
        if (_batches.TryGetValue(count, out var cached))
        {
            return cached;
        }

        var text = JsonEncodedText.Encode(PrintBatch(count));
        if (_batches.Count < CachedBatchSizes)
        {
            _batches.TryAdd(count, text);
        }

        return text;
    }

    private string Print()
    {
        var text = new StringBuilder(_head);
        var declarations = _entityVariables.Select(v => "$" + v.Name + ": " + v.Type).Concat(_forwardedDeclarations).ToList();
        if (declarations.Count > 0)
        {
            text.Append('(').Append(string.Join(", ", declarations)).Append(')');
        }

        text.Append(' ');
        if (_lookupField is null)
        {
            return text.Append(_selection).ToString();
        }

        text.Append('{');
        AppendLookup(text, _selection, null);
        return text.Append('}').ToString();
    }

    private string PrintBatch(int count)
    {
        var text = new StringBuilder(_head).Append('(');
        var first = true;
        for (var i = 0; i < count; i++)
        {
            foreach (var (name, type) in _entityVariables)
            {
                text.Append(first ? "$" : ", $").Append(BatchVariable(name, i)).Append(": ").Append(type);
                first = false;
            }
        }

        foreach (var declaration in _forwardedDeclarations)
        {
            text.Append(", ").Append(declaration);
        }

        text.Append(") {");
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            var suffix = "_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            text.Append(Alias(i)).Append(": ");
            AppendLookup(text, RequirementVariable().Replace(_selection, "$$${name}" + suffix), i);
        }

        return text.Append('}').ToString();
    }

    private void AppendLookup(StringBuilder text, string selection, int? index)
    {
        text.Append(_lookupField).Append('(');
        for (var i = 0; i < _lookupArguments.Count; i++)
        {
            var (argument, variable) = _lookupArguments[i];
            text.Append(i > 0 ? ", " : string.Empty).Append(argument).Append(": $")
                .Append(index is null ? variable : BatchVariable(variable, index.Value));
        }

        text.Append(") ").Append(selection);
    }

    // Requirement variables (the only gateway variables inside the entity's selection).
    [GeneratedRegex(@"\$(?<name>__fusion_r\d+)\b")]
    private static partial Regex RequirementVariable();
}
