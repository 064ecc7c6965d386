using Gql.Language.Syntax;

namespace Gql.Validation;

/// <summary>
/// The per-validation part of a rule: override the enter/leave methods of the nodes the rule cares about.
/// All visitors of one validation run in a single parallel walk (graphql-js <c>visitInParallel</c>); the
/// type information of the current position is on <see cref="Context"/>.
/// </summary>
public abstract class ValidationVisitor(ValidationContext context)
{
    protected ValidationContext Context { get; } = context;

    public virtual VisitAction EnterDocument(DocumentNode node) => VisitAction.Continue;

    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual VisitAction EnterOperationDefinition(OperationDefinitionNode node) => VisitAction.Continue;

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual VisitAction EnterVariableDefinition(VariableDefinitionNode node) => VisitAction.Continue;

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitAction.Continue;

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual VisitAction EnterSelectionSet(SelectionSetNode node) => VisitAction.Continue;

    public virtual void LeaveSelectionSet(SelectionSetNode node)
    {
    }

    public virtual VisitAction EnterField(FieldNode node) => VisitAction.Continue;

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual VisitAction EnterFragmentSpread(FragmentSpreadNode node) => VisitAction.Continue;

    public virtual void LeaveFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual VisitAction EnterInlineFragment(InlineFragmentNode node) => VisitAction.Continue;

    public virtual void LeaveInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual VisitAction EnterArgument(ArgumentNode node) => VisitAction.Continue;

    public virtual void LeaveArgument(ArgumentNode node)
    {
    }

    public virtual VisitAction EnterDirective(DirectiveNode node) => VisitAction.Continue;

    public virtual void LeaveDirective(DirectiveNode node)
    {
    }

    public virtual VisitAction EnterNamedType(NamedTypeNode node) => VisitAction.Continue;

    public virtual VisitAction EnterVariable(VariableNode node) => VisitAction.Continue;

    /// <summary>An Int, Float, String, Boolean or Enum literal.</summary>
    public virtual VisitAction EnterScalarValue(ValueNode node) => VisitAction.Continue;

    public virtual VisitAction EnterNullValue(NullValueNode node) => VisitAction.Continue;

    public virtual VisitAction EnterListValue(ListValueNode node) => VisitAction.Continue;

    public virtual void LeaveListValue(ListValueNode node)
    {
    }

    public virtual VisitAction EnterObjectValue(ObjectValueNode node) => VisitAction.Continue;

    public virtual void LeaveObjectValue(ObjectValueNode node)
    {
    }

    public virtual VisitAction EnterObjectField(ObjectFieldNode node) => VisitAction.Continue;

    public virtual void LeaveObjectField(ObjectFieldNode node)
    {
    }

    /// <summary>
    /// A type system definition or extension node that can carry directives (schema, types, fields,
    /// arguments, enum values), met when an executable document also holds SDL.
    /// </summary>
    public virtual VisitAction EnterTypeSystemNode(SyntaxNode node, IReadOnlyList<DirectiveNode> directives) => VisitAction.Continue;
}
