using Gql.Fusion.Composition.Merging;
using Gql.Fusion.Composition.Rules;
using Gql.Fusion.Composition.Satisfiability;

namespace Gql.Fusion.Composition;

/// <summary>
/// Composes source schemas into the composite schema in the spec's three phases: validate each source
/// schema, merge (pre-merge validation, merge, post-merge validation) and validate satisfiability.
/// Every rule of a phase runs and all findings are reported; a phase with errors ends the run.
/// The same source schemas always give the same result (types in ordinal order after the roots).
/// </summary>
public sealed class SchemaComposer(CompositionOptions? options = null)
{
    private static readonly ISourceSchemaRule[] SourceSchemaRules =
    [
        new QueryRootTypeInaccessibleRule(),
        new RootTypeNameRule(OperationType.Query, "Query", CompositionErrorCodes.RootQueryUsed),
        new RootTypeNameRule(OperationType.Mutation, "Mutation", CompositionErrorCodes.RootMutationUsed),
        new RootTypeNameRule(OperationType.Subscription, "Subscription", CompositionErrorCodes.RootSubscriptionUsed),
        new KeyInvalidFieldsTypeRule(),
        new KeyInvalidSyntaxRule(),
        new KeyDirectiveInFieldsArgRule(),
        new KeyInvalidFieldsRule(),
        new KeyFieldsHasArgsRule(),
        new KeyFieldsSelectInvalidTypeRule(),
        new LookupMustHaveArgumentsRule(),
        new LookupReturnsListRule(),
        new LookupReturnsNonNullableTypeRule(),
        new IsInvalidSyntaxRule(),
        new IsInvalidUsageRule(),
        new IsInvalidFieldsRule(),
        new RequireInvalidFieldsTypeRule(),
        new RequireInvalidSyntaxRule(),
        new ExternalOnInterfaceRule(),
        new ExternalCollisionWithAnotherDirectiveRule(),
        new ExternalUnusedRule(),
        new ProvidesInvalidSyntaxRule(),
        new ProvidesOnNonCompositeFieldRule(),
        new ProvidesDirectiveInFieldsArgRule(),
        new ProvidesFieldsMissingExternalRule(),
        new OverrideFromSelfRule(),
        new OverrideOnInterfaceRule(),
        new OverrideCollisionWithAnotherDirectiveRule(),
        new InvalidShareableUsageRule(),
    ];

    private static readonly IPreMergeRule[] PreMergeRules =
    [
        new TypeKindMismatchRule(),
        new OutputFieldTypesMergeableRule(),
        new FieldArgumentTypesMergeableRule(),
        new InputFieldTypesMergeableRule(),
        new InputFieldDefaultMismatchRule(),
        new InputWithMissingRequiredFieldsRule(),
        new EnumValuesMismatchRule(),
        new ExternalMissingOnBaseRule(),
        new ExternalTypeMismatchRule(),
        new ExternalArgumentRule(),
        new OverrideSourceHasOverrideRule(),
        new EnumTypeDefaultValueInaccessibleRule(),
    ];

    private readonly CompositionOptions _options = options ?? new CompositionOptions();

    public CompositionResult Compose(IReadOnlyList<SourceSchemaText> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var log = new CompositionLog();
        var names = sources.Select(s => s.Name).ToArray();
        var schemas = ValidateSourceSchemas(sources, log);
        if (log.HasErrors)
        {
            return Failed(log, names);
        }

        foreach (var rule in PreMergeRules)
        {
            rule.Validate(schemas, log);
        }

        if (log.HasErrors)
        {
            return Failed(log, names);
        }

        var merged = SourceSchemaMerger.Merge(schemas, log);
        foreach (var rule in PostMergeRules())
        {
            rule.Validate(schemas, merged, log);
        }

        if (log.HasErrors || BuildPublicSchema(merged, log) is not { } publicSchema)
        {
            return Failed(log, names);
        }

        new SatisfiabilityValidator(publicSchema, merged.Types.ToDictionary(t => t.Name, StringComparer.Ordinal)).Validate(log);
        return log.HasErrors ? Failed(log, names) : new CompositionResult(log.Entries, names, publicSchema, merged.Types);
    }

    private static List<SourceSchema> ValidateSourceSchemas(IReadOnlyList<SourceSchemaText> sources, CompositionLog log)
    {
        var schemas = new List<SourceSchema>();
        foreach (var duplicate in sources.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            log.Error(CompositionErrorCodes.InvalidGraphQL, $"More than one source schema is named '{duplicate.Key}'; source schema names must be unique.", duplicate.Key);
        }

        foreach (var source in sources)
        {
            if (SourceSchemaParser.Parse(source, log) is not { } schema)
            {
                continue;
            }

            foreach (var rule in SourceSchemaRules)
            {
                rule.Validate(schema, log);
            }

            schemas.Add(schema);
        }

        return schemas;
    }

    private IEnumerable<IPostMergeRule> PostMergeRules()
    {
        yield return new InterfaceFieldNoImplementationRule();
        yield return new ImplementedByInaccessibleRule();
        yield return new RequireInvalidFieldsRule();
        if (_options.RequireShareableFields)
        {
            yield return new InvalidFieldSharingRule();
        }
    }

    private static Schema? BuildPublicSchema(MergeResult merged, CompositionLog log)
    {
        try
        {
            return SchemaBuilder.New().AddDocument(merged.PublicDocument).Build();
        }
        catch (SchemaException ex)
        {
            foreach (var error in ex.Errors)
            {
                log.Error(CompositionErrorCodes.InvalidGraphQL, "The composite schema is not a valid GraphQL schema: " + error.Message);
            }

            return null;
        }
    }

    private static CompositionResult Failed(CompositionLog log, IReadOnlyList<string> names) => new(log.Entries, names, null, []);
}
