using Gql.Fusion.Composition.Model;

namespace Gql.Fusion.Composition.Satisfiability;

/// <summary>
/// The spec's "Validate Satisfiability": walks every public field from the root types, remembering
/// which source schema produced the current object, and checks that each field can be resolved
/// there or in a schema the gateway can enter through a lookup whose key the current schema supplies,
/// with every <c>@require</c> input obtainable from another schema. A field that cannot be reached is
/// an UNSATISFIABLE_QUERY_PATH error naming the field, the schema it was reached from and the path.
/// </summary>
internal sealed class SatisfiabilityValidator(Schema publicSchema, IReadOnlyDictionary<string, ComposedType> types, IReadOnlyList<SourceSchema> schemas)
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
            if (!_visited.Add((item.TypeName, item.SchemaName)) || publicSchema.GetType(item.TypeName) is not { } type)
            {
                continue;
            }

            if (type is UnionType or InterfaceType)
            {
                EnqueuePossibleTypes(type, item, work);
            }

            if (type is ComplexOutputType complex && types.TryGetValue(type.Name, out var composed))
            {
                foreach (var field in complex.Fields)
                {
                    VisitField(composed, field, item, work, log);
                }
            }
        }
    }

    private void EnqueuePossibleTypes(NamedType type, WorkItem item, Queue<WorkItem> work)
    {
        foreach (var possible in publicSchema.GetPossibleTypes(type))
        {
            if (item.SchemaName is null || SchemaDefines(item.SchemaName, possible.Name))
            {
                work.Enqueue(item with { TypeName = possible.Name, Path = item.Path + "<" + possible.Name + ">" });
            }
        }
    }

    private void VisitField(ComposedType type, OutputField field, WorkItem item, Queue<WorkItem> work, CompositionLog log)
    {
        if (!type.Fields.TryGetValue(field.Name, out var composed))
        {
            return;
        }

        var reasons = new List<string>();
        var reachable = new List<string>();
        foreach (var source in composed.Resolvers.Where(s => !s.IsInternal))
        {
            if (CanEnter(type, source.SchemaName, item.SchemaName, reasons) && CanRequire(type, composed, source, item.SchemaName, reasons))
            {
                reachable.Add(source.SchemaName);
            }
        }

        if (reachable.Count == 0)
        {
            Report(type, composed, item, reasons, log);
            return;
        }

        var path = (item.Path.Length == 0 ? string.Empty : item.Path + " -> ") + type.Name + "." + field.Name;
        var returned = field.Type.NamedType();
        if (returned is ComplexOutputType or UnionType)
        {
            foreach (var schemaName in reachable)
            {
                work.Enqueue(new WorkItem(returned.Name, schemaName, path + "<" + schemaName + ">"));
            }
        }
    }

    /// <summary>Whether the object held in <paramref name="current"/> can be taken into <paramref name="target"/>.</summary>
    private bool CanEnter(ComposedType type, string target, string? current, List<string> reasons)
    {
        if (current is null || current == target)
        {
            return true;
        }

        var lookups = type.LookupsIn(target).Where(l => l.DeclaringTypeName == "Query").ToArray();
        if (lookups.Length == 0)
        {
            reasons.Add($"schema '{target}' has no lookup for '{type.Name}'");
            return false;
        }

        foreach (var lookup in lookups)
        {
            var missing = lookup.Arguments
                .SelectMany(a => a.Paths)
                .Select(p => p[0])
                .Where(keyField => !Resolves(type, keyField, current))
                .ToArray();
            if (missing.Length == 0)
            {
                return true;
            }

            reasons.Add($"the lookup '{target}:{lookup.DeclaringTypeName}.{lookup.FieldName}' needs '{string.Join("', '", missing.Select(m => type.Name + "." + m))}', which schema '{current}' does not resolve");
        }

        return false;
    }

    /// <summary>Whether the <c>@require</c> inputs of the field in <paramref name="source"/> can come from other schemas.</summary>
    private bool CanRequire(ComposedType type, ComposedField field, ComposedFieldSource source, string? current, List<string> reasons)
    {
        foreach (var requirement in source.Requirements)
        {
            foreach (var path in requirement.Paths)
            {
                var required = type.Fields.GetValueOrDefault(path[0]);
                var providers = required?.Resolvers.Where(r => r.SchemaName != source.SchemaName).Select(r => r.SchemaName).ToArray() ?? [];
                if (!providers.Any(p => p == current || (current is not null && CanEnter(type, p, current, []))))
                {
                    reasons.Add($"the field '{source.SchemaName}:{field.Coordinate}' requires '{type.Name}.{path[0]}' (argument '{requirement.ArgumentName}'), which no other reachable schema resolves");
                    return false;
                }
            }
        }

        return true;
    }

    private bool Resolves(ComposedType type, string fieldName, string schemaName)
        => type.Fields.TryGetValue(fieldName, out var field) && field.Resolvers.Any(r => r.SchemaName == schemaName);

    private bool SchemaDefines(string schemaName, string typeName)
        => schemas.First(s => s.Name == schemaName).Schema.GetType(typeName) is not null;

    private void Report(ComposedType type, ComposedField field, WorkItem item, List<string> reasons, CompositionLog log)
    {
        if (!_reported.Add((type.Name, field.Name, item.SchemaName)))
        {
            return;
        }

        var resolvers = field.Resolvers.Where(s => !s.IsInternal).Select(s => $"'{s.SchemaName}'").ToArray();
        var why = resolvers.Length == 0
            ? "no source schema resolves it (every declaration is @external, @internal or overridden)"
            : string.Join("; ", reasons.Distinct(StringComparer.Ordinal));
        var path = item.Path.Length == 0 ? type.Name + "." + field.Name : item.Path + " -> " + type.Name + "." + field.Name;
        var from = item.SchemaName is null ? string.Empty : $" from schema '{item.SchemaName}'";
        log.Error(
            CompositionErrorCodes.UnsatisfiableQueryPath,
            $"Unable to access the field '{field.Coordinate}'{from} on path '{path}': {why}.",
            item.SchemaName ?? field.Sources.FirstOrDefault()?.SchemaName,
            field.Coordinate);
    }

    private sealed record WorkItem(string TypeName, string? SchemaName, string Path);
}
