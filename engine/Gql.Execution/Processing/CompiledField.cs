using System.Runtime.CompilerServices;
using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.Execution;

/// <summary>
/// One entry of a collected field set: the merged field nodes of a response name, the field
/// definition, pre-coerced arguments when they use no variables, and a cache of the selection
/// sets collected below it per object type.
/// </summary>
internal sealed class CompiledField : ISelection
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    private readonly CompiledOperation _operation;
    private readonly IReadOnlyDictionary<string, object?>? _staticArguments;
    private readonly GraphQLException? _staticArgumentError;
    private readonly bool _argumentsUseVariables;
    private readonly object _sync = new();
    private CompiledSelectionSet? _firstSelectionSet;
    private Dictionary<ObjectType, CompiledSelectionSet>? _selectionSets;
    private PropertyAccessor? _accessor;

    // The default resolver's dictionary key: the field name, or the response name for schemas
    // marked with ExecutionSchemaKeys.DictionaryKeysAreResponseNames.
    private readonly string _dictionaryKey;

    /// <summary>The key the default resolver reads a dictionary parent by.</summary>
    public string DictionaryKey => _dictionaryKey;

    public CompiledField(CompiledOperation operation, ObjectType declaringType, string responseName, FieldNode[] nodes, OutputField definition)
    {
        _operation = operation;
        DeclaringType = declaringType;
        ResponseName = responseName;
        Nodes = nodes;
        Definition = definition;
        // The interned instance when there is one: dictionary keys written as literals then
        // compare by reference in the default resolver's lookup.
        FieldName = string.IsInterned(nodes[0].Name.Value) ?? nodes[0].Name.Value;
        _dictionaryKey = operation.Schema.ContextData.ContainsKey(ExecutionSchemaKeys.DictionaryKeysAreResponseNames) ? responseName : FieldName;
        IsTypeName = ReferenceEquals(definition, IntrospectionFields.TypeName);
        Type = definition.Type;
        Completion = ValueCompletion.For(definition.Type);
        Resolver = definition.Resolver;
        Locations = SyntaxHelpers.LocationsOf(nodes);

        if (definition.Arguments.Count == 0)
        {
            _staticArguments = NoArguments;
            return;
        }

        _argumentsUseVariables = ArgumentCoercion.UsesVariables(nodes[0].Arguments);
        if (!_argumentsUseVariables)
        {
            try
            {
                _staticArguments = ArgumentCoercion.Coerce(definition.Arguments, nodes[0].Arguments, null, nodes[0]);
            }
            catch (GraphQLException ex)
            {
                _staticArgumentError = ex;
            }
        }
    }

    public ObjectType DeclaringType { get; }

    public string ResponseName { get; }

    public string FieldName { get; }

    public FieldNode[] Nodes { get; }

    IReadOnlyList<FieldNode> ISelection.FieldNodes => Nodes;

    OutputField ISelection.Field => Definition;

    public OutputField Definition { get; }

    public IType Type { get; }

    /// <summary>How values of <see cref="Type"/> complete.</summary>
    public ValueCompletion Completion { get; }

    public FieldResolverDelegate? Resolver { get; }

    public ErrorLocation[]? Locations { get; }

    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (_staticArguments is not null)
        {
            return _staticArguments;
        }

        if (_staticArgumentError is not null)
        {
            throw _staticArgumentError;
        }

        return ArgumentCoercion.Coerce(Definition.Arguments, Nodes[0].Arguments, variables, Nodes[0]);
    }

    /// <summary>True for <c>__typename</c>, which the executor answers without a resolver call.</summary>
    public bool IsTypeName { get; }

    /// <summary>The default field resolver: a dictionary entry, else a CLR member through a compiled getter.</summary>
    public object? ResolveDefault(object? parent)
    {
        if (parent is null)
        {
            return null;
        }

        // The common data shape, without the interface dispatch of the general case below
        // (GetType() == typeof(...) compiles to a method table comparison).
        if (parent.GetType() == typeof(Dictionary<string, object?>))
        {
            return Unsafe.As<Dictionary<string, object?>>(parent).TryGetValue(_dictionaryKey, out var found) ? found : null;
        }

        var type = parent.GetType();
        var accessor = _accessor;
        if (accessor is not null && ReferenceEquals(accessor.Type, type))
        {
            return accessor.Get(parent);
        }

        switch (parent)
        {
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(_dictionaryKey, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(_dictionaryKey, out var entry) ? entry : null;
        }

        accessor = PropertyAccessor.For(type, FieldName);
        _accessor = accessor;
        return accessor.Get(parent);
    }

    public IReadOnlyList<ISelection> GetSelections(ObjectType type) => GetSelectionSet(type).Fields;

    public CompiledSelectionSet GetSelectionSet(ObjectType type)
    {
        var first = _firstSelectionSet;
        if (first is not null && ReferenceEquals(first.Type, type))
        {
            return first;
        }

        if (_selectionSets is { } sets && sets.TryGetValue(type, out var cached))
        {
            return cached;
        }

        lock (_sync)
        {
            if (_firstSelectionSet is null)
            {
                return _firstSelectionSet = FieldCollector.CollectSubfields(_operation, type, Nodes);
            }

            if (ReferenceEquals(_firstSelectionSet.Type, type))
            {
                return _firstSelectionSet;
            }

            _selectionSets ??= [];
            if (!_selectionSets.TryGetValue(type, out var set))
            {
                set = FieldCollector.CollectSubfields(_operation, type, Nodes);
                var copy = new Dictionary<ObjectType, CompiledSelectionSet>(_selectionSets) { [type] = set };
                _selectionSets = copy;
            }

            return set;
        }
    }
}
