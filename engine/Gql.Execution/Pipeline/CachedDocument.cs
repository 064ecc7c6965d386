using System.Collections.Concurrent;
using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;
using Gql.Validation;

namespace Gql.Execution;

/// <summary>
/// A parsed document and what the executor derived from it for its schema: the validation
/// result and the compiled operations (one per operation and @skip/@include variable values).
/// </summary>
internal sealed class CachedDocument
{
    private readonly ConcurrentDictionary<(OperationDefinitionNode, long), CompiledOperation> _operations = new();
    private IReadOnlyList<GraphQLError>? _validationErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private string[]? _conditionVariables;

    public CachedDocument(DocumentNode document)
    {
        Document = document;
    }

    public DocumentNode Document { get; }

    /// <summary>Recency stamp for the document cache's eviction.</summary>
    public long LastUsed { get; set; }

    /// <summary>True once <see cref="Validate"/> has run (its result is cached).</summary>
    public bool IsValidated => _validationErrors is not null;

    public IReadOnlyList<GraphQLError> Validate(Schema schema, int maxErrors, IReadOnlyList<IValidationRule>? rules)
        => _validationErrors ??= AddValidationCode(DocumentValidator.Validate(schema, Document, new ValidationOptions { MaxErrors = maxErrors, Rules = rules }));

    public CompiledOperation GetOperation(Schema schema, OperationDefinitionNode definition, ObjectType rootType, IReadOnlyDictionary<string, object?> variables)
    {
        var conditionVariables = _conditionVariables ??= FieldCollector.FindConditionVariables(Document);
        var fragments = _fragments ??= CollectFragments(Document);
        if (conditionVariables.Length == 0)
        {
            return _operations.GetOrAdd((definition, 0), _ => new CompiledOperation(schema, definition, rootType, fragments, NoConditions));
        }

        var conditions = new Dictionary<string, bool>(conditionVariables.Length, StringComparer.Ordinal);
        long key = 0;
        for (var i = 0; i < conditionVariables.Length; i++)
        {
            var value = variables.TryGetValue(conditionVariables[i], out var raw) && raw is true;
            conditions[conditionVariables[i]] = value;
            if (value && i < 63)
            {
                key |= 1L << i;
            }
        }

        if (conditionVariables.Length >= 63)
        {
            return new CompiledOperation(schema, definition, rootType, fragments, conditions);
        }

        return _operations.GetOrAdd((definition, key), _ => new CompiledOperation(schema, definition, rootType, fragments, conditions));
    }

    private static readonly IReadOnlyDictionary<string, bool> NoConditions = new Dictionary<string, bool>();

    private static Dictionary<string, FragmentDefinitionNode> CollectFragments(DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }

        return fragments;
    }

    private static IReadOnlyList<GraphQLError> AddValidationCode(IReadOnlyList<GraphQLError> errors)
    {
        if (errors.Count == 0)
        {
            return errors;
        }

        var coded = new GraphQLError[errors.Count];
        for (var i = 0; i < coded.Length; i++)
        {
            var error = errors[i];
            coded[i] = error.Code is null
                ? error with { Extensions = new Dictionary<string, object?>(error.Extensions ?? new Dictionary<string, object?>()) { ["code"] = ErrorCodes.ValidationFailed } }
                : error;
        }

        return coded;
    }
}
