using System.Runtime.CompilerServices;
using Gql.Language.Syntax;

namespace Gql.Language;

/// <summary>
/// Walks a syntax tree depth-first in graphql-js order (<c>QueryDocumentKeys</c>), calling
/// <c>Enter*</c> before and <c>Leave*</c> after each node's children. <c>Enter</c> may return
/// <see cref="VisitorAction.Skip"/> (no children, no <c>Leave</c>) or <see cref="VisitorAction.Break"/>
/// (stop the walk). Override the generic <see cref="Enter"/>/<see cref="Leave"/> to see every node.
/// </summary>
public abstract class SyntaxVisitor
{
    private List<SyntaxNode> _ancestors = [];
    private bool _stopped;

    /// <summary>The nodes above the current one, the root first and the parent last.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>The parent of the current node, or null at the root.</summary>
    public SyntaxNode? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    /// <summary>Walks <paramref name="root"/> and everything below it.</summary>
    public void Visit(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _stopped = false;
        _ancestors.Clear();
        VisitNode(root);
    }

    // Lets a parallel visitor share its ancestor stack with the visitors it drives.
    internal void ShareAncestors(List<SyntaxNode> ancestors) => _ancestors = ancestors;

    /// <summary>Called before a node's children; dispatches to the <c>Enter*</c> method of its kind.</summary>
    protected internal virtual VisitorAction Enter(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            SyntaxKind.Name => EnterName((NameNode)node),
            SyntaxKind.Document => EnterDocument((DocumentNode)node),
            SyntaxKind.OperationDefinition => EnterOperationDefinition((OperationDefinitionNode)node),
            SyntaxKind.VariableDefinition => EnterVariableDefinition((VariableDefinitionNode)node),
            SyntaxKind.SelectionSet => EnterSelectionSet((SelectionSetNode)node),
            SyntaxKind.Field => EnterField((FieldNode)node),
            SyntaxKind.Argument => EnterArgument((ArgumentNode)node),
            SyntaxKind.FragmentSpread => EnterFragmentSpread((FragmentSpreadNode)node),
            SyntaxKind.InlineFragment => EnterInlineFragment((InlineFragmentNode)node),
            SyntaxKind.FragmentDefinition => EnterFragmentDefinition((FragmentDefinitionNode)node),
            SyntaxKind.Variable => EnterVariable((VariableNode)node),
            SyntaxKind.IntValue => EnterIntValue((IntValueNode)node),
            SyntaxKind.FloatValue => EnterFloatValue((FloatValueNode)node),
            SyntaxKind.StringValue => EnterStringValue((StringValueNode)node),
            SyntaxKind.BooleanValue => EnterBooleanValue((BooleanValueNode)node),
            SyntaxKind.NullValue => EnterNullValue((NullValueNode)node),
            SyntaxKind.EnumValue => EnterEnumValue((EnumValueNode)node),
            SyntaxKind.ListValue => EnterListValue((ListValueNode)node),
            SyntaxKind.ObjectValue => EnterObjectValue((ObjectValueNode)node),
            SyntaxKind.ObjectField => EnterObjectField((ObjectFieldNode)node),
            SyntaxKind.Directive => EnterDirective((DirectiveNode)node),
            SyntaxKind.NamedType => EnterNamedType((NamedTypeNode)node),
            SyntaxKind.ListType => EnterListType((ListTypeNode)node),
            SyntaxKind.NonNullType => EnterNonNullType((NonNullTypeNode)node),
            SyntaxKind.SchemaDefinition => EnterSchemaDefinition((SchemaDefinitionNode)node),
            SyntaxKind.OperationTypeDefinition => EnterOperationTypeDefinition((OperationTypeDefinitionNode)node),
            SyntaxKind.ScalarTypeDefinition => EnterScalarTypeDefinition((ScalarTypeDefinitionNode)node),
            SyntaxKind.ObjectTypeDefinition => EnterObjectTypeDefinition((ObjectTypeDefinitionNode)node),
            SyntaxKind.FieldDefinition => EnterFieldDefinition((FieldDefinitionNode)node),
            SyntaxKind.InputValueDefinition => EnterInputValueDefinition((InputValueDefinitionNode)node),
            SyntaxKind.InterfaceTypeDefinition => EnterInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node),
            SyntaxKind.UnionTypeDefinition => EnterUnionTypeDefinition((UnionTypeDefinitionNode)node),
            SyntaxKind.EnumTypeDefinition => EnterEnumTypeDefinition((EnumTypeDefinitionNode)node),
            SyntaxKind.EnumValueDefinition => EnterEnumValueDefinition((EnumValueDefinitionNode)node),
            SyntaxKind.InputObjectTypeDefinition => EnterInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node),
            SyntaxKind.DirectiveDefinition => EnterDirectiveDefinition((DirectiveDefinitionNode)node),
            SyntaxKind.SchemaExtension => EnterSchemaExtension((SchemaExtensionNode)node),
            SyntaxKind.ScalarTypeExtension => EnterScalarTypeExtension((ScalarTypeExtensionNode)node),
            SyntaxKind.ObjectTypeExtension => EnterObjectTypeExtension((ObjectTypeExtensionNode)node),
            SyntaxKind.InterfaceTypeExtension => EnterInterfaceTypeExtension((InterfaceTypeExtensionNode)node),
            SyntaxKind.UnionTypeExtension => EnterUnionTypeExtension((UnionTypeExtensionNode)node),
            SyntaxKind.EnumTypeExtension => EnterEnumTypeExtension((EnumTypeExtensionNode)node),
            SyntaxKind.InputObjectTypeExtension => EnterInputObjectTypeExtension((InputObjectTypeExtensionNode)node),
            _ => VisitorAction.Continue,
        };
    }

    /// <summary>Called after a node's children; dispatches to the <c>Leave*</c> method of its kind.</summary>
    protected internal virtual VisitorAction Leave(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            SyntaxKind.Name => LeaveName((NameNode)node),
            SyntaxKind.Document => LeaveDocument((DocumentNode)node),
            SyntaxKind.OperationDefinition => LeaveOperationDefinition((OperationDefinitionNode)node),
            SyntaxKind.VariableDefinition => LeaveVariableDefinition((VariableDefinitionNode)node),
            SyntaxKind.SelectionSet => LeaveSelectionSet((SelectionSetNode)node),
            SyntaxKind.Field => LeaveField((FieldNode)node),
            SyntaxKind.Argument => LeaveArgument((ArgumentNode)node),
            SyntaxKind.FragmentSpread => LeaveFragmentSpread((FragmentSpreadNode)node),
            SyntaxKind.InlineFragment => LeaveInlineFragment((InlineFragmentNode)node),
            SyntaxKind.FragmentDefinition => LeaveFragmentDefinition((FragmentDefinitionNode)node),
            SyntaxKind.Variable => LeaveVariable((VariableNode)node),
            SyntaxKind.IntValue => LeaveIntValue((IntValueNode)node),
            SyntaxKind.FloatValue => LeaveFloatValue((FloatValueNode)node),
            SyntaxKind.StringValue => LeaveStringValue((StringValueNode)node),
            SyntaxKind.BooleanValue => LeaveBooleanValue((BooleanValueNode)node),
            SyntaxKind.NullValue => LeaveNullValue((NullValueNode)node),
            SyntaxKind.EnumValue => LeaveEnumValue((EnumValueNode)node),
            SyntaxKind.ListValue => LeaveListValue((ListValueNode)node),
            SyntaxKind.ObjectValue => LeaveObjectValue((ObjectValueNode)node),
            SyntaxKind.ObjectField => LeaveObjectField((ObjectFieldNode)node),
            SyntaxKind.Directive => LeaveDirective((DirectiveNode)node),
            SyntaxKind.NamedType => LeaveNamedType((NamedTypeNode)node),
            SyntaxKind.ListType => LeaveListType((ListTypeNode)node),
            SyntaxKind.NonNullType => LeaveNonNullType((NonNullTypeNode)node),
            SyntaxKind.SchemaDefinition => LeaveSchemaDefinition((SchemaDefinitionNode)node),
            SyntaxKind.OperationTypeDefinition => LeaveOperationTypeDefinition((OperationTypeDefinitionNode)node),
            SyntaxKind.ScalarTypeDefinition => LeaveScalarTypeDefinition((ScalarTypeDefinitionNode)node),
            SyntaxKind.ObjectTypeDefinition => LeaveObjectTypeDefinition((ObjectTypeDefinitionNode)node),
            SyntaxKind.FieldDefinition => LeaveFieldDefinition((FieldDefinitionNode)node),
            SyntaxKind.InputValueDefinition => LeaveInputValueDefinition((InputValueDefinitionNode)node),
            SyntaxKind.InterfaceTypeDefinition => LeaveInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node),
            SyntaxKind.UnionTypeDefinition => LeaveUnionTypeDefinition((UnionTypeDefinitionNode)node),
            SyntaxKind.EnumTypeDefinition => LeaveEnumTypeDefinition((EnumTypeDefinitionNode)node),
            SyntaxKind.EnumValueDefinition => LeaveEnumValueDefinition((EnumValueDefinitionNode)node),
            SyntaxKind.InputObjectTypeDefinition => LeaveInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node),
            SyntaxKind.DirectiveDefinition => LeaveDirectiveDefinition((DirectiveDefinitionNode)node),
            SyntaxKind.SchemaExtension => LeaveSchemaExtension((SchemaExtensionNode)node),
            SyntaxKind.ScalarTypeExtension => LeaveScalarTypeExtension((ScalarTypeExtensionNode)node),
            SyntaxKind.ObjectTypeExtension => LeaveObjectTypeExtension((ObjectTypeExtensionNode)node),
            SyntaxKind.InterfaceTypeExtension => LeaveInterfaceTypeExtension((InterfaceTypeExtensionNode)node),
            SyntaxKind.UnionTypeExtension => LeaveUnionTypeExtension((UnionTypeExtensionNode)node),
            SyntaxKind.EnumTypeExtension => LeaveEnumTypeExtension((EnumTypeExtensionNode)node),
            SyntaxKind.InputObjectTypeExtension => LeaveInputObjectTypeExtension((InputObjectTypeExtensionNode)node),
            _ => VisitorAction.Continue,
        };
    }

    protected virtual VisitorAction EnterName(NameNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveName(NameNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterDocument(DocumentNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveDocument(DocumentNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterOperationDefinition(OperationDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveOperationDefinition(OperationDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterVariableDefinition(VariableDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveVariableDefinition(VariableDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterSelectionSet(SelectionSetNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveSelectionSet(SelectionSetNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterField(FieldNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveField(FieldNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterArgument(ArgumentNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveArgument(ArgumentNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterFragmentSpread(FragmentSpreadNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveFragmentSpread(FragmentSpreadNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterInlineFragment(InlineFragmentNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveInlineFragment(InlineFragmentNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveFragmentDefinition(FragmentDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterVariable(VariableNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveVariable(VariableNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterIntValue(IntValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveIntValue(IntValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterFloatValue(FloatValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveFloatValue(FloatValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterStringValue(StringValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveStringValue(StringValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterBooleanValue(BooleanValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveBooleanValue(BooleanValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterNullValue(NullValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveNullValue(NullValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterEnumValue(EnumValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveEnumValue(EnumValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterListValue(ListValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveListValue(ListValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterObjectValue(ObjectValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveObjectValue(ObjectValueNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterObjectField(ObjectFieldNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveObjectField(ObjectFieldNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterDirective(DirectiveNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveDirective(DirectiveNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterNamedType(NamedTypeNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveNamedType(NamedTypeNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterListType(ListTypeNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveListType(ListTypeNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterNonNullType(NonNullTypeNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveNonNullType(NonNullTypeNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterSchemaDefinition(SchemaDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveSchemaDefinition(SchemaDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterOperationTypeDefinition(OperationTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveOperationTypeDefinition(OperationTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterFieldDefinition(FieldDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveFieldDefinition(FieldDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterInputValueDefinition(InputValueDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveInputValueDefinition(InputValueDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveUnionTypeDefinition(UnionTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveEnumTypeDefinition(EnumTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterEnumValueDefinition(EnumValueDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveEnumValueDefinition(EnumValueDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterDirectiveDefinition(DirectiveDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveDirectiveDefinition(DirectiveDefinitionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterSchemaExtension(SchemaExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveSchemaExtension(SchemaExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterScalarTypeExtension(ScalarTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveScalarTypeExtension(ScalarTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterObjectTypeExtension(ObjectTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveObjectTypeExtension(ObjectTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveInterfaceTypeExtension(InterfaceTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterUnionTypeExtension(UnionTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveUnionTypeExtension(UnionTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterEnumTypeExtension(EnumTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveEnumTypeExtension(EnumTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node) => VisitorAction.Continue;

    protected virtual VisitorAction LeaveInputObjectTypeExtension(InputObjectTypeExtensionNode node) => VisitorAction.Continue;

    private void VisitNode(SyntaxNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var action = Enter(node);
        if (action == VisitorAction.Break)
        {
            _stopped = true;
            return;
        }

        if (action == VisitorAction.Skip)
        {
            return;
        }

        _ancestors.Add(node);
        VisitChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        if (_stopped)
        {
            return;
        }

        if (Leave(node) == VisitorAction.Break)
        {
            _stopped = true;
        }
    }

    private void VisitOptional(SyntaxNode? node)
    {
        if (node is not null && !_stopped)
        {
            VisitNode(node);
        }
    }

    private void VisitList<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count && !_stopped; i++)
        {
            VisitNode(nodes[i]);
        }
    }

    private void VisitChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode n:
                VisitList(n.Definitions);
                break;
            case OperationDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Name);
                VisitList(n.VariableDefinitions);
                VisitList(n.Directives);
                VisitOptional(n.SelectionSet);
                break;
            case VariableDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Variable);
                VisitOptional(n.Type);
                VisitOptional(n.DefaultValue);
                VisitList(n.Directives);
                break;
            case SelectionSetNode n:
                VisitList(n.Selections);
                break;
            case FieldNode n:
                VisitOptional(n.Alias);
                VisitOptional(n.Name);
                VisitList(n.Arguments);
                VisitList(n.Directives);
                VisitOptional(n.SelectionSet);
                break;
            case ArgumentNode n:
                VisitOptional(n.Name);
                VisitOptional(n.Value);
                break;
            case FragmentSpreadNode n:
                VisitOptional(n.Name);
                VisitList(n.Directives);
                break;
            case InlineFragmentNode n:
                VisitOptional(n.TypeCondition);
                VisitList(n.Directives);
                VisitOptional(n.SelectionSet);
                break;
            case FragmentDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Name);
                VisitOptional(n.TypeCondition);
                VisitList(n.Directives);
                VisitOptional(n.SelectionSet);
                break;
            case VariableNode n:
                VisitOptional(n.Name);
                break;
            case ListValueNode n:
                VisitList(n.Values);
                break;
            case ObjectValueNode n:
                VisitList(n.Fields);
                break;
            case ObjectFieldNode n:
                VisitOptional(n.Name);
                VisitOptional(n.Value);
                break;
            case DirectiveNode n:
                VisitOptional(n.Name);
                VisitList(n.Arguments);
                break;
            case NamedTypeNode n:
                VisitOptional(n.Name);
                break;
            case ListTypeNode n:
                VisitOptional(n.Type);
                break;
            case NonNullTypeNode n:
                VisitOptional(n.Type);
                break;
            case SchemaDefinitionNode n:
                VisitOptional(n.Description);
                VisitList(n.Directives);
                VisitList(n.OperationTypes);
                break;
            case OperationTypeDefinitionNode n:
                VisitOptional(n.Type);
                break;
            case ScalarTypeDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Name);
                VisitList(n.Directives);
                break;
            case ObjectTypeDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Name);
                VisitList(n.Interfaces);
                VisitList(n.Directives);
                VisitList(n.Fields);
                break;
            case FieldDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Name);
                VisitList(n.Arguments);
                VisitOptional(n.Type);
                VisitList(n.Directives);
                break;
            case InputValueDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Name);
                VisitOptional(n.Type);
                VisitOptional(n.DefaultValue);
                VisitList(n.Directives);
                break;
            case InterfaceTypeDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Name);
                VisitList(n.Interfaces);
                VisitList(n.Directives);
                VisitList(n.Fields);
                break;
            case UnionTypeDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Name);
                VisitList(n.Directives);
                VisitList(n.Types);
                break;
            case EnumTypeDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Name);
                VisitList(n.Directives);
                VisitList(n.Values);
                break;
            case EnumValueDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Name);
                VisitList(n.Directives);
                break;
            case InputObjectTypeDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Name);
                VisitList(n.Directives);
                VisitList(n.Fields);
                break;
            case DirectiveDefinitionNode n:
                VisitOptional(n.Description);
                VisitOptional(n.Name);
                VisitList(n.Arguments);
                VisitList(n.Locations);
                break;
            case SchemaExtensionNode n:
                VisitList(n.Directives);
                VisitList(n.OperationTypes);
                break;
            case ScalarTypeExtensionNode n:
                VisitOptional(n.Name);
                VisitList(n.Directives);
                break;
            case ObjectTypeExtensionNode n:
                VisitOptional(n.Name);
                VisitList(n.Interfaces);
                VisitList(n.Directives);
                VisitList(n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                VisitOptional(n.Name);
                VisitList(n.Interfaces);
                VisitList(n.Directives);
                VisitList(n.Fields);
                break;
            case UnionTypeExtensionNode n:
                VisitOptional(n.Name);
                VisitList(n.Directives);
                VisitList(n.Types);
                break;
            case EnumTypeExtensionNode n:
                VisitOptional(n.Name);
                VisitList(n.Directives);
                VisitList(n.Values);
                break;
            case InputObjectTypeExtensionNode n:
                VisitOptional(n.Name);
                VisitList(n.Directives);
                VisitList(n.Fields);
                break;
        }
    }
}
