using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
    private readonly ConcurrentDictionary<(OperationDefinitionNode, long), CompiledOperation> _operations = new(OperationKeyComparer.Instance);
    private IReadOnlyList<GraphQLError>? _validationErrors;
    private OperationDefinitionNode? _anonymousOperation;
    private Dictionary<string, OperationDefinitionNode>? _operationsByName;
    private CompiledOperation? _unconditioned;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private string[]? _conditionVariables;

    public CachedDocument(DocumentNode document)
    {
        Document = document;
    }

    public DocumentNode Document { get; }

    /// <summary>Recency stamp for the document cache's eviction.</summary>
    public long LastUsed { get; set; }

    /// <summary>The key string instance this document was last found by (the document cache's by-reference lookup).</summary>
    public string? LastKey { get; set; }

    /// <summary>
    /// The operation a request without an operation name runs, when it declares no variables and
    /// the document has no @skip/@include variables: the same compiled plan (with no variable
    /// values) for every such request.
    /// </summary>
    public CompiledOperation? VariableFreeOperation { get; set; }

    /// <summary>True when @skip/@include of the document read variables (known after the first <see cref="GetOperation"/>).</summary>
    public bool HasConditionVariables => _conditionVariables is not { Length: 0 };

    /// <summary>True once <see cref="Validate"/> has run (its result is cached).</summary>
    public bool IsValidated => _validationErrors is not null;

    /// <summary>True once <see cref="Validate"/> has found no errors.</summary>
    public bool IsValid { get; private set; }

    public IReadOnlyList<GraphQLError> Validate(Schema schema, int maxErrors, IReadOnlyList<IValidationRule>? rules)
    {
        if (_validationErrors is { } known)
        {
            return known;
        }

        var errors = AddValidationCode(DocumentValidator.Validate(schema, Document, new ValidationOptions { MaxErrors = maxErrors, Rules = rules }));
        _validationErrors = errors;
        IsValid = errors.Count == 0;
        return errors;
    }

    /// <summary>GetOperation (spec section 6.1) for this document, remembered per operation name.</summary>
    public bool TrySelectOperation(string? operationName, out OperationDefinitionNode operation, out GraphQLError error)
    {
        error = null!;
        if (operationName is null)
        {
            if (_anonymousOperation is { } anonymous)
            {
                operation = anonymous;
                return true;
            }
        }
        else if ((_operationsByName ??= IndexOperations(Document)).TryGetValue(operationName, out var named))
        {
            operation = named;
            return true;
        }

        if (!OperationSelector.TrySelect(Document, operationName, out operation, out error))
        {
            return false;
        }

        if (operationName is null)
        {
            _anonymousOperation = operation;
        }

        return true;
    }

    public CompiledOperation GetOperation(Schema schema, OperationDefinitionNode definition, ObjectType rootType, IReadOnlyDictionary<string, object?> variables)
    {
        var conditionVariables = _conditionVariables ??= FieldCollector.FindConditionVariables(Document);
        if (conditionVariables.Length == 0)
        {
            // Most documents have one operation and no @skip/@include variables: one plan, no lookup.
            if (_unconditioned is { } last && ReferenceEquals(last.Definition, definition))
            {
                return last;
            }

            return _unconditioned = Compile(schema, definition, rootType, 0, variables);
        }

        long key = 0;
        for (var i = 0; i < conditionVariables.Length && i < 63; i++)
        {
            if (variables.TryGetValue(conditionVariables[i], out var raw) && raw is true)
            {
                key |= 1L << i;
            }
        }

        if (conditionVariables.Length >= 63)
        {
            return new CompiledOperation(schema, definition, rootType, _fragments ??= CollectFragments(Document), GetConditions(variables));
        }

        return Compile(schema, definition, rootType, key, variables);
    }

    private CompiledOperation Compile(Schema schema, OperationDefinitionNode definition, ObjectType rootType, long key, IReadOnlyDictionary<string, object?> variables)
        => _operations.GetOrAdd(
            (definition, key),
            static (operationKey, state) => new CompiledOperation(
                state.Schema,
                operationKey.Item1,
                state.RootType,
                state.Document._fragments ??= CollectFragments(state.Document.Document),
                state.Document.GetConditions(state.Variables)),
            (Document: this, Schema: schema, RootType: rootType, Variables: variables));

    /// <summary>The boolean value of each variable that @skip/@include use.</summary>
    private IReadOnlyDictionary<string, bool> GetConditions(IReadOnlyDictionary<string, object?> variables)
    {
        var conditionVariables = _conditionVariables!;
        if (conditionVariables.Length == 0)
        {
            return NoConditions;
        }

        var conditions = new Dictionary<string, bool>(conditionVariables.Length, StringComparer.Ordinal);
        foreach (var name in conditionVariables)
        {
            conditions[name] = variables.TryGetValue(name, out var raw) && raw is true;
        }

        return conditions;
    }

    private static readonly IReadOnlyDictionary<string, bool> NoConditions = new Dictionary<string, bool>();

    // The last operation of a name wins, as in OperationSelector (validation rejects duplicates).
    private static Dictionary<string, OperationDefinitionNode> IndexOperations(DocumentNode document)
    {
        var operations = new Dictionary<string, OperationDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode { Name: { } name } operation)
            {
                operations[name.Value] = operation;
            }
        }

        return operations;
    }

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

    // AST nodes are records (structural equality): compare the operation by reference instead of hashing its tree.
    private sealed class OperationKeyComparer : IEqualityComparer<(OperationDefinitionNode Operation, long Conditions)>
    {
        public static readonly OperationKeyComparer Instance = new();

        public bool Equals((OperationDefinitionNode Operation, long Conditions) x, (OperationDefinitionNode Operation, long Conditions) y)
            => ReferenceEquals(x.Operation, y.Operation) && x.Conditions == y.Conditions;

        public int GetHashCode((OperationDefinitionNode Operation, long Conditions) obj)
            => HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Operation), obj.Conditions);
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
