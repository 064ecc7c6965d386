using System.Text;
using Gql.Language.Syntax;

namespace Gql.Fusion.Planning;

/// <summary>
/// How one operation is answered: subgraph requests in dependency order. Fetches without
/// dependencies start together; each other fetch starts when the fetches it depends on are done.
/// Immutable and cached per operation.
/// </summary>
public sealed class QueryPlan
{
    private IReadOnlyDictionary<string, object?>? _value;

    internal QueryPlan(OperationType operation, IReadOnlyList<FetchNode> fetches, IReadOnlyList<string> rootResponseNames)
    {
        Operation = operation;
        Fetches = fetches;
        RootResponseNames = rootResponseNames;
    }

    public OperationType Operation { get; }

    public IReadOnlyList<FetchNode> Fetches { get; }

    /// <summary>The response names of the root fields the plan fetches.</summary>
    public IReadOnlyList<string> RootResponseNames { get; }

    /// <summary>The plan as a JSON-shaped value (what <c>extensions.queryPlan</c> holds).</summary>
    public IReadOnlyDictionary<string, object?> ToValue() => _value ??= BuildValue();

    /// <summary>The plan as indented text: one block per fetch (snapshots, logs).</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(Operation.ToString().ToLowerInvariant()).Append(" plan: ").Append(Fetches.Count).Append(" fetch(es)\n");
        foreach (var fetch in Fetches)
        {
            text.Append('\n').Append('#').Append(fetch.Id).Append(' ').Append(fetch.Kind == FetchKind.Root ? "root" : "entity")
                .Append(" -> ").Append(fetch.Subgraph);
            if (fetch.DependsOn.Count > 0)
            {
                text.Append(" after ").Append(string.Join(", ", fetch.DependsOn.Select(d => "#" + d)));
            }

            text.Append('\n');
            if (fetch.Kind == FetchKind.Entity)
            {
                text.Append("  at: ").Append(fetch.Path.Count == 0 ? "(root)" : string.Join('.', fetch.Path))
                    .Append(" (").Append(fetch.EntityType).Append(" via ").Append(fetch.Lookup!.FieldName).Append(")\n");
                foreach (var variable in fetch.EntityVariables)
                {
                    text.Append("  $").Append(variable.Name).Append(" <- ").Append(string.Join('.', variable.SourcePath)).Append('\n');
                }
            }

            text.Append("  ").Append(fetch.Document).Append('\n');
        }

        return text.ToString();
    }

    public override string ToString() => ToText();

    private IReadOnlyDictionary<string, object?> BuildValue()
    {
        var fetches = new List<object?>(Fetches.Count);
        foreach (var fetch in Fetches)
        {
            var node = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = fetch.Id,
                ["kind"] = fetch.Kind == FetchKind.Root ? "Root" : "Entity",
                ["subgraph"] = fetch.Subgraph,
                ["document"] = fetch.Document,
                ["dependsOn"] = fetch.DependsOn.Cast<object?>().ToList(),
            };
            if (fetch.Kind == FetchKind.Entity)
            {
                node["path"] = fetch.Path.Cast<object?>().ToList();
                node["entityType"] = fetch.EntityType;
                node["lookup"] = fetch.Lookup!.FieldName;
                node["variables"] = fetch.EntityVariables
                    .Select(v => (object?)new Dictionary<string, object?> { ["name"] = v.Name, ["from"] = string.Join('.', v.SourcePath) })
                    .ToList();
            }

            fetches.Add(node);
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["operation"] = Operation.ToString().ToLowerInvariant(),
            ["fetches"] = fetches,
        };
    }
}
