namespace Gql.Fusion.Composition.Merging;

/// <summary>
/// The spec's MergeSchemas: every type name across the source schemas becomes one public type (or
/// none, when hidden), root types first and then the other types in ordinal name order, so the same
/// source schemas always give the same document.
/// </summary>
internal static class SourceSchemaMerger
{
    private static readonly string[] RootTypeNames = ["Query", "Mutation", "Subscription"];

    public static MergeResult Merge(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        var groups = SourceTypeGroups.Build(schemas);
        var publicTypes = TypeVisibility.PublicTypes(groups);
        var merger = new TypeMerger(publicTypes, log);
        var definitions = new Dictionary<string, TypeDefinitionNode>(StringComparer.Ordinal);
        var ordered = groups
            .OrderBy(g => Array.IndexOf(RootTypeNames, g.Name) is var root && root >= 0 ? root : RootTypeNames.Length)
            .ThenBy(g => g.Name, StringComparer.Ordinal);
        var document = new List<DefinitionNode>();
        foreach (var (name, types) in ordered)
        {
            if (merger.Merge(name, types) is { } definition)
            {
                definitions[name] = definition;
                document.Add(definition);
            }
        }

        if (!definitions.ContainsKey("Query"))
        {
            log.Error(CompositionErrorCodes.NoQueries, "The composite schema has no accessible query field: every Query field of every source schema is @inaccessible or @internal.");
        }

        var metadata = ExecutionMetadataBuilder.Build(groups, schemas, definitions);
        return new MergeResult(new DocumentNode(null, document), metadata);
    }
}
