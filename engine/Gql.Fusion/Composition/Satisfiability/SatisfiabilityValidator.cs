using Gql.Fusion.Metadata;

namespace Gql.Fusion.Composition.Satisfiability;

/// <summary>
/// The spec's "Validate Satisfiability": walks every public field from the root types, remembering
/// which source schema produced the current object, and checks that each field can be resolved
/// there or in a schema the gateway can enter through a <c>Query</c> lookup whose key the current
/// schema resolves, with every <c>@require</c> input obtainable from another schema (what the
/// planner does). A field that cannot be reached is an UNSATISFIABLE_QUERY_PATH error naming the
/// field, the schema it was reached from and the path.
/// </summary>
internal sealed class SatisfiabilityValidator(Schema publicSchema, IReadOnlyDictionary<string, CompositeType> types)
{
    private readonly HashSet<(string Type, string? Schema)> _visited = [];
    private readonly HashSet<(string Type, string Field, string? Schema)> _reported = [];

    public void Validate(CompositionLog log)
    {
        var work = new Queue<WorkItem>();
        foreach (var root in new[] { publicSchema.QueryType, publicSchema.MutationType, publicSchema.SubscriptionType })
        {
            if (root is not null)
            {
                work.Enqueue(new WorkItem(root.Name, null, string.Empty));
            }
        }

        while (work.TryDequeue(out var item))
        {
            if (!_visited.Add((item.TypeName, item.SchemaName)) || publicSchema.GetType(item.TypeName) is not { } type || !types.TryGetValue(type.Name, out var composite))
            {
                continue;
            }

            if (type is UnionType or InterfaceType)
            {
                foreach (var possible in publicSchema.GetPossibleTypes(type))
                {
                    if (item.SchemaName is null || (types.TryGetValue(possible.Name, out var candidate) && candidate.IsDefinedIn(item.SchemaName)))
                    {
                        work.Enqueue(item with { TypeName = possible.Name, Path = item.Path + "<" + possible.Name + ">" });
                    }
                }
            }

            if (type is ComplexOutputType complex)
            {
                foreach (var field in complex.Fields)
                {
                    VisitField(composite, field, item, work, log);
                }
            }
        }
    }

    private void VisitField(CompositeType type, OutputField field, WorkItem item, Queue<WorkItem> work, CompositionLog log)
    {
        if (!type.TryGetField(field.Name, out var composite))
        {
            return;
        }

        var reasons = new List<string>();
        var reachable = composite.Sources
            .Where(s => !s.IsInternal && CanEnter(type, s.Subgraph, item.SchemaName, reasons) && CanRequire(type, composite, s, item.SchemaName, reasons))
            .Select(s => s.Subgraph)
            .ToArray();
        if (reachable.Length == 0)
        {
            Report(type, composite, item, reasons, log);
            return;
        }

        var path = (item.Path.Length == 0 ? string.Empty : item.Path + " -> ") + type.Name + "." + field.Name;
        if (field.Type.NamedType() is ComplexOutputType or UnionType)
        {
            foreach (var schemaName in reachable)
            {
                work.Enqueue(new WorkItem(field.Type.NamedType().Name, schemaName, path + "<" + schemaName + ">"));
            }
        }
    }

    /// <summary>Whether the object held in <paramref name="current"/> can be taken into <paramref name="target"/>.</summary>
    private static bool CanEnter(CompositeType type, string target, string? current, List<string> reasons)
    {
        if (current is null || current == target)
        {
            return true;
        }

        var lookups = type.Lookups.Where(l => l.Subgraph == target && l.Path.Count == 0).ToArray();
        if (lookups.Length == 0)
        {
            reasons.Add($"schema '{target}' has no lookup for '{type.Name}'");
            return false;
        }

        foreach (var lookup in lookups)
        {
            var missing = lookup.Arguments
                .Select(a => a.KeyPath[0])
                .Where(key => !(type.TryGetField(key, out var keyField) && keyField.GetSource(current) is not null))
                .ToArray();
            if (missing.Length == 0)
            {
                return true;
            }

            reasons.Add($"the lookup '{target}:Query.{lookup.FieldName}' needs '{string.Join("', '", missing.Select(m => type.Name + "." + m))}', which schema '{current}' does not resolve");
        }

        return false;
    }

    /// <summary>Whether the <c>@require</c> inputs of the field in <paramref name="source"/> can come from other schemas.</summary>
    private static bool CanRequire(CompositeType type, CompositeField field, FieldSource source, string? current, List<string> reasons)
    {
        foreach (var requirement in source.Requirements)
        {
            var providers = type.TryGetField(requirement.Path[0], out var required)
                ? required.Sources.Select(s => s.Subgraph).Where(s => s != source.Subgraph)
                : [];
            if (!providers.Any(p => p == current || (current is not null && CanEnter(type, p, current, []))))
            {
                reasons.Add($"the field '{source.Subgraph}:{type.Name}.{field.Name}' requires '{type.Name}.{requirement.Path[0]}' (argument '{requirement.ArgumentName}'), which no other reachable schema resolves");
                return false;
            }
        }

        return true;
    }

    private void Report(CompositeType type, CompositeField field, WorkItem item, List<string> reasons, CompositionLog log)
    {
        if (!_reported.Add((type.Name, field.Name, item.SchemaName)))
        {
            return;
        }

        var why = field.Sources.All(s => s.IsInternal)
            ? "no source schema resolves it (every declaration is @external, @internal or overridden)"
            : string.Join("; ", reasons.Distinct(StringComparer.Ordinal));
        var coordinate = type.Name + "." + field.Name;
        var path = item.Path.Length == 0 ? coordinate : item.Path + " -> " + coordinate;
        var from = item.SchemaName is null ? string.Empty : $" from schema '{item.SchemaName}'";
        log.Error(
            CompositionErrorCodes.UnsatisfiableQueryPath,
            $"Unable to access the field '{coordinate}'{from} on path '{path}': {why}.",
            item.SchemaName ?? type.Subgraphs.FirstOrDefault(),
            coordinate);
    }

    private sealed record WorkItem(string TypeName, string? SchemaName, string Path);
}
