using System.Runtime.CompilerServices;
using Gql.Language.Syntax;

namespace Gql.Language;

/// <summary>
/// Rebuilds a syntax tree bottom-up. Each <c>Rewrite*</c> method returns the node to put in
/// place of its argument: the same instance (unchanged), another node, or null to remove it
/// from a list (or from an optional slot such as an alias or a default value). The defaults
/// rewrite the children and keep the original instance when no child changed, so unchanged
/// subtrees are shared between the old and the new tree.
/// </summary>
public abstract class SyntaxRewriter
{
    /// <summary>Rewrites any node, dispatching to the <c>Rewrite*</c> method of its kind.</summary>
    public virtual SyntaxNode? Rewrite(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node.Kind switch
        {
            SyntaxKind.Name => RewriteName((NameNode)node),
            SyntaxKind.Document => RewriteDocument((DocumentNode)node),
            SyntaxKind.OperationDefinition => RewriteOperationDefinition((OperationDefinitionNode)node),
            SyntaxKind.VariableDefinition => RewriteVariableDefinition((VariableDefinitionNode)node),
            SyntaxKind.SelectionSet => RewriteSelectionSet((SelectionSetNode)node),
            SyntaxKind.Field => RewriteField((FieldNode)node),
            SyntaxKind.Argument => RewriteArgument((ArgumentNode)node),
            SyntaxKind.FragmentSpread => RewriteFragmentSpread((FragmentSpreadNode)node),
            SyntaxKind.InlineFragment => RewriteInlineFragment((InlineFragmentNode)node),
            SyntaxKind.FragmentDefinition => RewriteFragmentDefinition((FragmentDefinitionNode)node),
            SyntaxKind.Variable => RewriteVariable((VariableNode)node),
            SyntaxKind.IntValue => RewriteIntValue((IntValueNode)node),
            SyntaxKind.FloatValue => RewriteFloatValue((FloatValueNode)node),
            SyntaxKind.StringValue => RewriteStringValue((StringValueNode)node),
            SyntaxKind.BooleanValue => RewriteBooleanValue((BooleanValueNode)node),
            SyntaxKind.NullValue => RewriteNullValue((NullValueNode)node),
            SyntaxKind.EnumValue => RewriteEnumValue((EnumValueNode)node),
            SyntaxKind.ListValue => RewriteListValue((ListValueNode)node),
            SyntaxKind.ObjectValue => RewriteObjectValue((ObjectValueNode)node),
            SyntaxKind.ObjectField => RewriteObjectField((ObjectFieldNode)node),
            SyntaxKind.Directive => RewriteDirective((DirectiveNode)node),
            SyntaxKind.NamedType => RewriteNamedType((NamedTypeNode)node),
            SyntaxKind.ListType => RewriteListType((ListTypeNode)node),
            SyntaxKind.NonNullType => RewriteNonNullType((NonNullTypeNode)node),
            SyntaxKind.SchemaDefinition => RewriteSchemaDefinition((SchemaDefinitionNode)node),
            SyntaxKind.OperationTypeDefinition => RewriteOperationTypeDefinition((OperationTypeDefinitionNode)node),
            SyntaxKind.ScalarTypeDefinition => RewriteScalarTypeDefinition((ScalarTypeDefinitionNode)node),
            SyntaxKind.ObjectTypeDefinition => RewriteObjectTypeDefinition((ObjectTypeDefinitionNode)node),
            SyntaxKind.FieldDefinition => RewriteFieldDefinition((FieldDefinitionNode)node),
            SyntaxKind.InputValueDefinition => RewriteInputValueDefinition((InputValueDefinitionNode)node),
            SyntaxKind.InterfaceTypeDefinition => RewriteInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node),
            SyntaxKind.UnionTypeDefinition => RewriteUnionTypeDefinition((UnionTypeDefinitionNode)node),
            SyntaxKind.EnumTypeDefinition => RewriteEnumTypeDefinition((EnumTypeDefinitionNode)node),
            SyntaxKind.EnumValueDefinition => RewriteEnumValueDefinition((EnumValueDefinitionNode)node),
            SyntaxKind.InputObjectTypeDefinition => RewriteInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node),
            SyntaxKind.DirectiveDefinition => RewriteDirectiveDefinition((DirectiveDefinitionNode)node),
            SyntaxKind.SchemaExtension => RewriteSchemaExtension((SchemaExtensionNode)node),
            SyntaxKind.ScalarTypeExtension => RewriteScalarTypeExtension((ScalarTypeExtensionNode)node),
            SyntaxKind.ObjectTypeExtension => RewriteObjectTypeExtension((ObjectTypeExtensionNode)node),
            SyntaxKind.InterfaceTypeExtension => RewriteInterfaceTypeExtension((InterfaceTypeExtensionNode)node),
            SyntaxKind.UnionTypeExtension => RewriteUnionTypeExtension((UnionTypeExtensionNode)node),
            SyntaxKind.EnumTypeExtension => RewriteEnumTypeExtension((EnumTypeExtensionNode)node),
            SyntaxKind.InputObjectTypeExtension => RewriteInputObjectTypeExtension((InputObjectTypeExtensionNode)node),
            _ => node,
        };
    }

    /// <summary>Rewrites a tree and returns the new root, which must be of the same node type.</summary>
    public T RewriteTree<T>(T root)
        where T : SyntaxNode
        => Required(root, nameof(root));

    protected virtual NameNode? RewriteName(NameNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node;
    }

    protected virtual DocumentNode? RewriteDocument(DocumentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var definitions = RewriteList(node.Definitions);
        if (ReferenceEquals(definitions, node.Definitions))
        {
            return node;
        }

        return node with { Definitions = definitions };
    }

    protected virtual DefinitionNode? RewriteOperationDefinition(OperationDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var name = Optional(node.Name);
        var variableDefinitions = RewriteList(node.VariableDefinitions);
        var directives = RewriteList(node.Directives);
        var selectionSet = Required(node.SelectionSet, nameof(node.SelectionSet));
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(variableDefinitions, node.VariableDefinitions)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(selectionSet, node.SelectionSet))
        {
            return node;
        }

        return node with { Description = description, Name = name, VariableDefinitions = variableDefinitions, Directives = directives, SelectionSet = selectionSet };
    }

    /// <remarks>
    /// The declared variable is not a value: only its name is rewritten (through
    /// <see cref="RewriteName"/>), so a rewriter that replaces variable usages by literals
    /// leaves the declarations intact.
    /// </remarks>
    protected virtual VariableDefinitionNode? RewriteVariableDefinition(VariableDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var variableName = Required(node.Variable.Name, nameof(node.Variable));
        var variable = ReferenceEquals(variableName, node.Variable.Name) ? node.Variable : node.Variable with { Name = variableName };
        var type = Required(node.Type, nameof(node.Type));
        var defaultValue = Optional(node.DefaultValue);
        var directives = RewriteList(node.Directives);
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(variable, node.Variable)
            && ReferenceEquals(type, node.Type)
            && ReferenceEquals(defaultValue, node.DefaultValue)
            && ReferenceEquals(directives, node.Directives))
        {
            return node;
        }

        return node with { Description = description, Variable = variable, Type = type, DefaultValue = defaultValue, Directives = directives };
    }

    protected virtual SelectionSetNode? RewriteSelectionSet(SelectionSetNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var selections = RewriteList(node.Selections);
        if (ReferenceEquals(selections, node.Selections))
        {
            return node;
        }

        return node with { Selections = selections };
    }

    protected virtual SelectionNode? RewriteField(FieldNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var alias = Optional(node.Alias);
        var name = Required(node.Name, nameof(node.Name));
        var arguments = RewriteList(node.Arguments);
        var directives = RewriteList(node.Directives);
        var selectionSet = Optional(node.SelectionSet);
        if (ReferenceEquals(alias, node.Alias)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(arguments, node.Arguments)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(selectionSet, node.SelectionSet))
        {
            return node;
        }

        return node with { Alias = alias, Name = name, Arguments = arguments, Directives = directives, SelectionSet = selectionSet };
    }

    protected virtual ArgumentNode? RewriteArgument(ArgumentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = Required(node.Name, nameof(node.Name));
        var value = Required(node.Value, nameof(node.Value));
        if (ReferenceEquals(name, node.Name)
            && ReferenceEquals(value, node.Value))
        {
            return node;
        }

        return node with { Name = name, Value = value };
    }

    protected virtual SelectionNode? RewriteFragmentSpread(FragmentSpreadNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = Required(node.Name, nameof(node.Name));
        var directives = RewriteList(node.Directives);
        if (ReferenceEquals(name, node.Name)
            && ReferenceEquals(directives, node.Directives))
        {
            return node;
        }

        return node with { Name = name, Directives = directives };
    }

    protected virtual SelectionNode? RewriteInlineFragment(InlineFragmentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var typeCondition = Optional(node.TypeCondition);
        var directives = RewriteList(node.Directives);
        var selectionSet = Required(node.SelectionSet, nameof(node.SelectionSet));
        if (ReferenceEquals(typeCondition, node.TypeCondition)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(selectionSet, node.SelectionSet))
        {
            return node;
        }

        return node with { TypeCondition = typeCondition, Directives = directives, SelectionSet = selectionSet };
    }

    protected virtual DefinitionNode? RewriteFragmentDefinition(FragmentDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var name = Required(node.Name, nameof(node.Name));
        var typeCondition = Required(node.TypeCondition, nameof(node.TypeCondition));
        var directives = RewriteList(node.Directives);
        var selectionSet = Required(node.SelectionSet, nameof(node.SelectionSet));
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(typeCondition, node.TypeCondition)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(selectionSet, node.SelectionSet))
        {
            return node;
        }

        return node with { Description = description, Name = name, TypeCondition = typeCondition, Directives = directives, SelectionSet = selectionSet };
    }

    protected virtual ValueNode? RewriteVariable(VariableNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = Required(node.Name, nameof(node.Name));
        if (ReferenceEquals(name, node.Name))
        {
            return node;
        }

        return node with { Name = name };
    }

    protected virtual ValueNode? RewriteIntValue(IntValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node;
    }

    protected virtual ValueNode? RewriteFloatValue(FloatValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node;
    }

    protected virtual ValueNode? RewriteStringValue(StringValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node;
    }

    protected virtual ValueNode? RewriteBooleanValue(BooleanValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node;
    }

    protected virtual ValueNode? RewriteNullValue(NullValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node;
    }

    protected virtual ValueNode? RewriteEnumValue(EnumValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node;
    }

    protected virtual ValueNode? RewriteListValue(ListValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var values = RewriteList(node.Values);
        if (ReferenceEquals(values, node.Values))
        {
            return node;
        }

        return node with { Values = values };
    }

    protected virtual ValueNode? RewriteObjectValue(ObjectValueNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var fields = RewriteList(node.Fields);
        if (ReferenceEquals(fields, node.Fields))
        {
            return node;
        }

        return node with { Fields = fields };
    }

    protected virtual ObjectFieldNode? RewriteObjectField(ObjectFieldNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = Required(node.Name, nameof(node.Name));
        var value = Required(node.Value, nameof(node.Value));
        if (ReferenceEquals(name, node.Name)
            && ReferenceEquals(value, node.Value))
        {
            return node;
        }

        return node with { Name = name, Value = value };
    }

    protected virtual DirectiveNode? RewriteDirective(DirectiveNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = Required(node.Name, nameof(node.Name));
        var arguments = RewriteList(node.Arguments);
        if (ReferenceEquals(name, node.Name)
            && ReferenceEquals(arguments, node.Arguments))
        {
            return node;
        }

        return node with { Name = name, Arguments = arguments };
    }

    protected virtual TypeNode? RewriteNamedType(NamedTypeNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = Required(node.Name, nameof(node.Name));
        if (ReferenceEquals(name, node.Name))
        {
            return node;
        }

        return node with { Name = name };
    }

    protected virtual TypeNode? RewriteListType(ListTypeNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var type = Required(node.Type, nameof(node.Type));
        if (ReferenceEquals(type, node.Type))
        {
            return node;
        }

        return node with { Type = type };
    }

    protected virtual TypeNode? RewriteNonNullType(NonNullTypeNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var type = Required(node.Type, nameof(node.Type));
        if (ReferenceEquals(type, node.Type))
        {
            return node;
        }

        return node with { Type = type };
    }

    protected virtual DefinitionNode? RewriteSchemaDefinition(SchemaDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var directives = RewriteList(node.Directives);
        var operationTypes = RewriteList(node.OperationTypes);
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(operationTypes, node.OperationTypes))
        {
            return node;
        }

        return node with { Description = description, Directives = directives, OperationTypes = operationTypes };
    }

    protected virtual OperationTypeDefinitionNode? RewriteOperationTypeDefinition(OperationTypeDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var type = Required(node.Type, nameof(node.Type));
        if (ReferenceEquals(type, node.Type))
        {
            return node;
        }

        return node with { Type = type };
    }

    protected virtual DefinitionNode? RewriteScalarTypeDefinition(ScalarTypeDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var name = Required(node.Name, nameof(node.Name));
        var directives = RewriteList(node.Directives);
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(directives, node.Directives))
        {
            return node;
        }

        return node with { Description = description, Name = name, Directives = directives };
    }

    protected virtual DefinitionNode? RewriteObjectTypeDefinition(ObjectTypeDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var name = Required(node.Name, nameof(node.Name));
        var interfaces = RewriteList(node.Interfaces);
        var directives = RewriteList(node.Directives);
        var fields = RewriteList(node.Fields);
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(interfaces, node.Interfaces)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(fields, node.Fields))
        {
            return node;
        }

        return node with { Description = description, Name = name, Interfaces = interfaces, Directives = directives, Fields = fields };
    }

    protected virtual FieldDefinitionNode? RewriteFieldDefinition(FieldDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var name = Required(node.Name, nameof(node.Name));
        var arguments = RewriteList(node.Arguments);
        var type = Required(node.Type, nameof(node.Type));
        var directives = RewriteList(node.Directives);
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(arguments, node.Arguments)
            && ReferenceEquals(type, node.Type)
            && ReferenceEquals(directives, node.Directives))
        {
            return node;
        }

        return node with { Description = description, Name = name, Arguments = arguments, Type = type, Directives = directives };
    }

    protected virtual InputValueDefinitionNode? RewriteInputValueDefinition(InputValueDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var name = Required(node.Name, nameof(node.Name));
        var type = Required(node.Type, nameof(node.Type));
        var defaultValue = Optional(node.DefaultValue);
        var directives = RewriteList(node.Directives);
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(type, node.Type)
            && ReferenceEquals(defaultValue, node.DefaultValue)
            && ReferenceEquals(directives, node.Directives))
        {
            return node;
        }

        return node with { Description = description, Name = name, Type = type, DefaultValue = defaultValue, Directives = directives };
    }

    protected virtual DefinitionNode? RewriteInterfaceTypeDefinition(InterfaceTypeDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var name = Required(node.Name, nameof(node.Name));
        var interfaces = RewriteList(node.Interfaces);
        var directives = RewriteList(node.Directives);
        var fields = RewriteList(node.Fields);
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(interfaces, node.Interfaces)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(fields, node.Fields))
        {
            return node;
        }

        return node with { Description = description, Name = name, Interfaces = interfaces, Directives = directives, Fields = fields };
    }

    protected virtual DefinitionNode? RewriteUnionTypeDefinition(UnionTypeDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var name = Required(node.Name, nameof(node.Name));
        var directives = RewriteList(node.Directives);
        var types = RewriteList(node.Types);
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(types, node.Types))
        {
            return node;
        }

        return node with { Description = description, Name = name, Directives = directives, Types = types };
    }

    protected virtual DefinitionNode? RewriteEnumTypeDefinition(EnumTypeDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var name = Required(node.Name, nameof(node.Name));
        var directives = RewriteList(node.Directives);
        var values = RewriteList(node.Values);
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(values, node.Values))
        {
            return node;
        }

        return node with { Description = description, Name = name, Directives = directives, Values = values };
    }

    protected virtual EnumValueDefinitionNode? RewriteEnumValueDefinition(EnumValueDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var name = Required(node.Name, nameof(node.Name));
        var directives = RewriteList(node.Directives);
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(directives, node.Directives))
        {
            return node;
        }

        return node with { Description = description, Name = name, Directives = directives };
    }

    protected virtual DefinitionNode? RewriteInputObjectTypeDefinition(InputObjectTypeDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var name = Required(node.Name, nameof(node.Name));
        var directives = RewriteList(node.Directives);
        var fields = RewriteList(node.Fields);
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(fields, node.Fields))
        {
            return node;
        }

        return node with { Description = description, Name = name, Directives = directives, Fields = fields };
    }

    protected virtual DefinitionNode? RewriteDirectiveDefinition(DirectiveDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var description = Optional(node.Description);
        var name = Required(node.Name, nameof(node.Name));
        var arguments = RewriteList(node.Arguments);
        var locations = RewriteList(node.Locations);
        if (ReferenceEquals(description, node.Description)
            && ReferenceEquals(name, node.Name)
            && ReferenceEquals(arguments, node.Arguments)
            && ReferenceEquals(locations, node.Locations))
        {
            return node;
        }

        return node with { Description = description, Name = name, Arguments = arguments, Locations = locations };
    }

    protected virtual DefinitionNode? RewriteSchemaExtension(SchemaExtensionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var directives = RewriteList(node.Directives);
        var operationTypes = RewriteList(node.OperationTypes);
        if (ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(operationTypes, node.OperationTypes))
        {
            return node;
        }

        return node with { Directives = directives, OperationTypes = operationTypes };
    }

    protected virtual DefinitionNode? RewriteScalarTypeExtension(ScalarTypeExtensionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = Required(node.Name, nameof(node.Name));
        var directives = RewriteList(node.Directives);
        if (ReferenceEquals(name, node.Name)
            && ReferenceEquals(directives, node.Directives))
        {
            return node;
        }

        return node with { Name = name, Directives = directives };
    }

    protected virtual DefinitionNode? RewriteObjectTypeExtension(ObjectTypeExtensionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = Required(node.Name, nameof(node.Name));
        var interfaces = RewriteList(node.Interfaces);
        var directives = RewriteList(node.Directives);
        var fields = RewriteList(node.Fields);
        if (ReferenceEquals(name, node.Name)
            && ReferenceEquals(interfaces, node.Interfaces)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(fields, node.Fields))
        {
            return node;
        }

        return node with { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields };
    }

    protected virtual DefinitionNode? RewriteInterfaceTypeExtension(InterfaceTypeExtensionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = Required(node.Name, nameof(node.Name));
        var interfaces = RewriteList(node.Interfaces);
        var directives = RewriteList(node.Directives);
        var fields = RewriteList(node.Fields);
        if (ReferenceEquals(name, node.Name)
            && ReferenceEquals(interfaces, node.Interfaces)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(fields, node.Fields))
        {
            return node;
        }

        return node with { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields };
    }

    protected virtual DefinitionNode? RewriteUnionTypeExtension(UnionTypeExtensionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = Required(node.Name, nameof(node.Name));
        var directives = RewriteList(node.Directives);
        var types = RewriteList(node.Types);
        if (ReferenceEquals(name, node.Name)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(types, node.Types))
        {
            return node;
        }

        return node with { Name = name, Directives = directives, Types = types };
    }

    protected virtual DefinitionNode? RewriteEnumTypeExtension(EnumTypeExtensionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = Required(node.Name, nameof(node.Name));
        var directives = RewriteList(node.Directives);
        var values = RewriteList(node.Values);
        if (ReferenceEquals(name, node.Name)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(values, node.Values))
        {
            return node;
        }

        return node with { Name = name, Directives = directives, Values = values };
    }

    protected virtual DefinitionNode? RewriteInputObjectTypeExtension(InputObjectTypeExtensionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var name = Required(node.Name, nameof(node.Name));
        var directives = RewriteList(node.Directives);
        var fields = RewriteList(node.Fields);
        if (ReferenceEquals(name, node.Name)
            && ReferenceEquals(directives, node.Directives)
            && ReferenceEquals(fields, node.Fields))
        {
            return node;
        }

        return node with { Name = name, Directives = directives, Fields = fields };
    }

    /// <summary>Rewrites each item; allocates a new list only when an item changed or was removed.</summary>
    protected IReadOnlyList<T> RewriteList<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(nodes);
        List<T>? changed = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var original = nodes[i];
            var rewritten = Rewrite(original);
            if (changed is null)
            {
                if (ReferenceEquals(rewritten, original))
                {
                    continue;
                }

                changed = new List<T>(nodes.Count);
                for (var j = 0; j < i; j++)
                {
                    changed.Add(nodes[j]);
                }
            }

            if (rewritten is not null)
            {
                changed.Add(Cast<T>(rewritten, original));
            }
        }

        return changed is null ? nodes : changed.ToArray();
    }

    private T Required<T>(T node, string slot)
        where T : SyntaxNode
    {
        var rewritten = Rewrite(node)
            ?? throw new InvalidOperationException($"The rewriter removed the required {slot} {node.Kind} node.");
        return ReferenceEquals(rewritten, node) ? node : Cast<T>(rewritten, node);
    }

    private T? Optional<T>(T? node)
        where T : SyntaxNode
    {
        if (node is null)
        {
            return null;
        }

        var rewritten = Rewrite(node);
        return rewritten is null || ReferenceEquals(rewritten, node) ? (T?)rewritten : Cast<T>(rewritten, node);
    }

    private static T Cast<T>(SyntaxNode rewritten, SyntaxNode original)
        where T : SyntaxNode
        => rewritten as T
            ?? throw new InvalidOperationException($"A {original.Kind} node cannot be replaced by a {rewritten.Kind} node here; expected {typeof(T).Name}.");
}
