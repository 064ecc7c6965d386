using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation;

/// <summary>
/// Tracks the schema position of a walk over a document (graphql-js <c>TypeInfo</c>): the output type,
/// parent composite type, field, input type, argument, directive and default value at the current node.
/// </summary>
internal sealed class TypeInfo(Schema schema)
{
    private readonly Schema _schema = schema;
    private readonly List<IType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<IType?> _inputTypeStack = [];
    private readonly List<OutputField?> _fieldDefStack = [];
    private readonly List<InputValue?> _defaultValueStack = [];

    public IType? Type => _typeStack.Count > 0 ? _typeStack[^1] : null;

    public NamedType? ParentType => _parentTypeStack.Count > 0 ? _parentTypeStack[^1] : null;

    public IType? InputType => _inputTypeStack.Count > 0 ? _inputTypeStack[^1] : null;

    public IType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public OutputField? FieldDef => _fieldDefStack.Count > 0 ? _fieldDefStack[^1] : null;

    /// <summary>The argument or input field whose default applies at the current value, if any.</summary>
    public InputValue? DefaultValueOwner => _defaultValueStack.Count > 0 ? _defaultValueStack[^1] : null;

    public DirectiveDefinition? Directive { get; private set; }

    public Argument? Argument { get; private set; }

    public EnumValue? EnumValue { get; private set; }

    public void EnterSelectionSet()
    {
        var named = TypeHelpers.GetNamedType(Type);
        _parentTypeStack.Add(TypeHelpers.IsCompositeType(named) ? named : null);
    }

    public void LeaveSelectionSet() => _parentTypeStack.RemoveAt(_parentTypeStack.Count - 1);

    public void EnterField(FieldNode node)
    {
        OutputField? fieldDef = null;
        if (ParentType is { } parentType)
        {
            fieldDef = GetFieldDef(parentType, node.Name.Value);
        }

        _fieldDefStack.Add(fieldDef);
        _typeStack.Add(fieldDef is not null && TypeHelpers.IsOutputType(fieldDef.Type) ? fieldDef.Type : null);
    }

    public void LeaveField()
    {
        _fieldDefStack.RemoveAt(_fieldDefStack.Count - 1);
        _typeStack.RemoveAt(_typeStack.Count - 1);
    }

    public void EnterDirective(DirectiveNode node) => Directive = _schema.GetDirective(node.Name.Value);

    public void LeaveDirective() => Directive = null;

    public void EnterOperationDefinition(OperationDefinitionNode node)
        => _typeStack.Add(_schema.GetRootType(node.Operation));

    public void EnterTypeCondition(NamedTypeNode? typeCondition)
    {
        IType? type = typeCondition is not null
            ? _schema.GetType(typeCondition.Name.Value)
            : TypeHelpers.GetNamedType(Type);
        _typeStack.Add(TypeHelpers.IsOutputType(type) ? type : null);
    }

    public void LeaveOutputType() => _typeStack.RemoveAt(_typeStack.Count - 1);

    public void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = TypeExtensions.TypeFromAst(_schema, node.Type);
        _inputTypeStack.Add(TypeHelpers.IsInputType(type) ? type : null);
    }

    public void LeaveVariableDefinition() => _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);

    public void EnterArgument(ArgumentNode node)
    {
        Argument? argDef = null;
        var arguments = Directive is not null ? Directive.Arguments : FieldDef?.Arguments;
        if (arguments is not null)
        {
            argDef = arguments[node.Name.Value];
        }

        Argument = argDef;
        _defaultValueStack.Add(argDef);
        _inputTypeStack.Add(argDef is not null && TypeHelpers.IsInputType(argDef.Type) ? argDef.Type : null);
    }

    public void LeaveArgument()
    {
        Argument = null;
        _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
        _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
    }

    public void EnterListValue()
    {
        var listType = TypeHelpers.GetNullableType(InputType);
        var itemType = listType is ListType list ? list.OfType : listType;
        _defaultValueStack.Add(null);
        _inputTypeStack.Add(TypeHelpers.IsInputType(itemType) ? itemType : null);
    }

    public void EnterObjectField(ObjectFieldNode node)
    {
        InputField? inputField = null;
        if (TypeHelpers.GetNamedType(InputType) is InputObjectType objectType)
        {
            inputField = objectType.Fields[node.Name.Value];
        }

        _defaultValueStack.Add(inputField);
        _inputTypeStack.Add(inputField is not null && TypeHelpers.IsInputType(inputField.Type) ? inputField.Type : null);
    }

    /// <summary>Leaves a list value or an object field.</summary>
    public void LeaveInputPosition()
    {
        _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
        _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
    }

    public void EnterEnumValue(EnumValueNode node)
        => EnumValue = TypeHelpers.GetNamedType(InputType) is EnumType enumType ? enumType.GetValue(node.Value) : null;

    public void LeaveEnumValue() => EnumValue = null;

    /// <summary>graphql-js <c>getFieldDef</c>: meta fields first, then the type's own fields.</summary>
    public OutputField? GetFieldDef(NamedType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_'
            && IntrospectionFields.TryGetMetaField(_schema, parentType, name, out var metaField))
        {
            return metaField;
        }

        return parentType is ComplexOutputType complex ? complex.Fields[name] : null;
    }
}
