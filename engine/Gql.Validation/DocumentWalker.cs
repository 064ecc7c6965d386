using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation;

/// <summary>
/// Walks a document once, keeping <see cref="TypeInfo"/> up to date and calling every rule visitor in
/// order at each node (graphql-js <c>visitInParallel</c> + <c>visitWithTypeInfo</c>, same key order).
/// A visitor that skips a node gets no calls until that node is left. With a usage list and no visitors it
/// only collects variable usages (variable definitions are not entered).
/// </summary>
internal sealed class DocumentWalker
{
    private static readonly ConcurrentDictionary<Type, ulong> OverrideMasks = new();
    private static readonly string?[] EventMethods =
    [
        nameof(ValidationVisitor.EnterDocument), nameof(ValidationVisitor.LeaveDocument),
        nameof(ValidationVisitor.EnterOperationDefinition), nameof(ValidationVisitor.LeaveOperationDefinition),
        nameof(ValidationVisitor.EnterVariableDefinition), nameof(ValidationVisitor.LeaveVariableDefinition),
        nameof(ValidationVisitor.EnterFragmentDefinition), nameof(ValidationVisitor.LeaveFragmentDefinition),
        nameof(ValidationVisitor.EnterSelectionSet), nameof(ValidationVisitor.LeaveSelectionSet),
        nameof(ValidationVisitor.EnterField), nameof(ValidationVisitor.LeaveField),
        nameof(ValidationVisitor.EnterFragmentSpread), nameof(ValidationVisitor.LeaveFragmentSpread),
        nameof(ValidationVisitor.EnterInlineFragment), nameof(ValidationVisitor.LeaveInlineFragment),
        nameof(ValidationVisitor.EnterArgument), nameof(ValidationVisitor.LeaveArgument),
        nameof(ValidationVisitor.EnterDirective), nameof(ValidationVisitor.LeaveDirective),
        nameof(ValidationVisitor.EnterNamedType), null,
        nameof(ValidationVisitor.EnterVariable), null,
        nameof(ValidationVisitor.EnterScalarValue), null,
        nameof(ValidationVisitor.EnterNullValue), null,
        nameof(ValidationVisitor.EnterListValue), nameof(ValidationVisitor.LeaveListValue),
        nameof(ValidationVisitor.EnterObjectValue), nameof(ValidationVisitor.LeaveObjectValue),
        nameof(ValidationVisitor.EnterObjectField), nameof(ValidationVisitor.LeaveObjectField),
        nameof(ValidationVisitor.EnterTypeSystemNode), null,
    ];

    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationVisitor[] _visitors;
    private readonly List<VariableUsage>? _usages;
    private readonly SyntaxNode?[] _skipping;
    private readonly int[][] _enterLists;
    private readonly int[][] _leaveLists;
    private readonly bool[][] _leaveCalls;

    public DocumentWalker(ValidationContext context, TypeInfo typeInfo, ValidationVisitor[] visitors, List<VariableUsage>? usages, object? ruleSet = null)
    {
        _context = context;
        _typeInfo = typeInfo;
        _visitors = visitors;
        _usages = usages;
        _skipping = visitors.Length == 0 ? [] : new SyntaxNode?[visitors.Length];
        var tables = DispatchTables.For(visitors, ruleSet);
        _enterLists = tables.EnterLists;
        _leaveLists = tables.LeaveLists;
        _leaveCalls = tables.LeaveCalls;
    }

    private enum Ev
    {
        Document,
        OperationDefinition,
        VariableDefinition,
        FragmentDefinition,
        SelectionSet,
        Field,
        FragmentSpread,
        InlineFragment,
        Argument,
        Directive,
        NamedType,
        Variable,
        ScalarValue,
        NullValue,
        ListValue,
        ObjectValue,
        ObjectField,
        TypeSystemNode,
    }

    private bool CollectsUsagesOnly => _usages is not null;

    public void WalkDocument(DocumentNode document)
    {
        if (Enter(Ev.Document, document, static (v, n) => v.EnterDocument((DocumentNode)n)))
        {
            foreach (var definition in document.Definitions)
            {
                WalkDefinition(definition);
            }
        }

        Leave(Ev.Document, document, static (v, n) => v.LeaveDocument((DocumentNode)n));
    }

    public void WalkDefinition(DefinitionNode definition)
    {
        switch (definition)
        {
            case OperationDefinitionNode operation:
                WalkOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                WalkFragmentDefinition(fragment);
                break;
            default:
                if (!CollectsUsagesOnly)
                {
                    _context.IsInTypeSystemDefinition = true;
                    WalkTypeSystemDefinition(definition);
                    _context.IsInTypeSystemDefinition = false;
                }

                break;
        }
    }

    private static ulong ComputeMask(Type type)
    {
        ulong mask = 0;
        for (var i = 0; i < EventMethods.Length; i++)
        {
            if (EventMethods[i] is not { } name)
            {
                continue;
            }

            var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance);
            if (method is not null && method.DeclaringType != typeof(ValidationVisitor))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    private bool Enter(Ev kind, SyntaxNode node, Func<ValidationVisitor, SyntaxNode, VisitAction> call)
    {
        var list = _enterLists[(int)kind];
        for (var k = 0; k < list.Length; k++)
        {
            var i = list[k];
            if (_skipping[i] is null && call(_visitors[i], node) == VisitAction.SkipChildren)
            {
                _skipping[i] = node;
            }
        }

        return true;
    }

    private void Leave(Ev kind, SyntaxNode node, Action<ValidationVisitor, SyntaxNode>? call)
    {
        var list = _leaveLists[(int)kind];
        var calls = _leaveCalls[(int)kind];
        for (var k = 0; k < list.Length; k++)
        {
            var i = list[k];
            var skipping = _skipping[i];
            if (skipping is null)
            {
                if (calls[k] && call is not null)
                {
                    call(_visitors[i], node);
                }
            }
            else if (ReferenceEquals(skipping, node))
            {
                _skipping[i] = null;
            }
        }
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        _typeInfo.EnterOperationDefinition(node);
        Enter(Ev.OperationDefinition, node, static (v, n) => v.EnterOperationDefinition((OperationDefinitionNode)n));
        if (!CollectsUsagesOnly)
        {
            foreach (var variable in node.VariableDefinitions)
            {
                WalkVariableDefinition(variable);
            }
        }

        WalkDirectives(node.Directives, node.Operation switch
        {
            OperationType.Mutation => "MUTATION",
            OperationType.Subscription => "SUBSCRIPTION",
            _ => "QUERY",
        });
        WalkSelectionSet(node.SelectionSet, node);
        Leave(Ev.OperationDefinition, node, static (v, n) => v.LeaveOperationDefinition((OperationDefinitionNode)n));
        _typeInfo.LeaveOutputType();
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        _typeInfo.EnterVariableDefinition(node);
        Enter(Ev.VariableDefinition, node, static (v, n) => v.EnterVariableDefinition((VariableDefinitionNode)n));
        WalkValue(node.Variable);
        WalkTypeReference(node.Type);
        if (node.DefaultValue is not null)
        {
            WalkValue(node.DefaultValue);
        }

        WalkDirectives(node.Directives, "VARIABLE_DEFINITION");
        Leave(Ev.VariableDefinition, node, static (v, n) => v.LeaveVariableDefinition((VariableDefinitionNode)n));
        _typeInfo.LeaveVariableDefinition();
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        _typeInfo.EnterTypeCondition(node.TypeCondition);
        Enter(Ev.FragmentDefinition, node, static (v, n) => v.EnterFragmentDefinition((FragmentDefinitionNode)n));
        WalkNamedType(node.TypeCondition);
        WalkDirectives(node.Directives, "FRAGMENT_DEFINITION");
        WalkSelectionSet(node.SelectionSet, node);
        Leave(Ev.FragmentDefinition, node, static (v, n) => v.LeaveFragmentDefinition((FragmentDefinitionNode)n));
        _typeInfo.LeaveOutputType();
    }

    private void WalkSelectionSet(SelectionSetNode node, SyntaxNode owner)
    {
        _typeInfo.EnterSelectionSet();
        if (!CollectsUsagesOnly)
        {
            _context.SelectionSetOwner = owner;
        }

        Enter(Ev.SelectionSet, node, static (v, n) => v.EnterSelectionSet((SelectionSetNode)n));
        var selections = node.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    WalkFragmentSpread(spread);
                    break;
                case InlineFragmentNode inline:
                    WalkInlineFragment(inline);
                    break;
            }
        }

        Leave(Ev.SelectionSet, node, static (v, n) => v.LeaveSelectionSet((SelectionSetNode)n));
        _typeInfo.LeaveSelectionSet();
    }

    private void WalkField(FieldNode node)
    {
        _typeInfo.EnterField(node);
        Enter(Ev.Field, node, static (v, n) => v.EnterField((FieldNode)n));
        var arguments = node.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            WalkArgument(arguments[i]);
        }

        WalkDirectives(node.Directives, "FIELD");
        if (node.SelectionSet is not null)
        {
            WalkSelectionSet(node.SelectionSet, node);
        }

        Leave(Ev.Field, node, static (v, n) => v.LeaveField((FieldNode)n));
        _typeInfo.LeaveField();
    }

    private void WalkFragmentSpread(FragmentSpreadNode node)
    {
        Enter(Ev.FragmentSpread, node, static (v, n) => v.EnterFragmentSpread((FragmentSpreadNode)n));
        WalkDirectives(node.Directives, "FRAGMENT_SPREAD");
        Leave(Ev.FragmentSpread, node, static (v, n) => v.LeaveFragmentSpread((FragmentSpreadNode)n));
    }

    private void WalkInlineFragment(InlineFragmentNode node)
    {
        _typeInfo.EnterTypeCondition(node.TypeCondition);
        Enter(Ev.InlineFragment, node, static (v, n) => v.EnterInlineFragment((InlineFragmentNode)n));
        if (node.TypeCondition is not null)
        {
            WalkNamedType(node.TypeCondition);
        }

        WalkDirectives(node.Directives, "INLINE_FRAGMENT");
        WalkSelectionSet(node.SelectionSet, node);
        Leave(Ev.InlineFragment, node, static (v, n) => v.LeaveInlineFragment((InlineFragmentNode)n));
        _typeInfo.LeaveOutputType();
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives, string location)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            if (!CollectsUsagesOnly)
            {
                _context.DirectiveLocation = location;
            }

            WalkDirective(directives[i]);
        }
    }

    private void WalkDirective(DirectiveNode node)
    {
        _typeInfo.EnterDirective(node);
        Enter(Ev.Directive, node, static (v, n) => v.EnterDirective((DirectiveNode)n));
        var arguments = node.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            WalkArgument(arguments[i]);
        }

        Leave(Ev.Directive, node, static (v, n) => v.LeaveDirective((DirectiveNode)n));
        _typeInfo.LeaveDirective();
    }

    private void WalkArgument(ArgumentNode node)
    {
        _typeInfo.EnterArgument(node);
        Enter(Ev.Argument, node, static (v, n) => v.EnterArgument((ArgumentNode)n));
        WalkValue(node.Value);
        Leave(Ev.Argument, node, static (v, n) => v.LeaveArgument((ArgumentNode)n));
        _typeInfo.LeaveArgument();
    }

    private void WalkValue(ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                if (_usages is not null)
                {
                    var owner = _typeInfo.DefaultValueOwner;
                    _usages.Add(new VariableUsage(variable, _typeInfo.InputType, owner?.DefaultValue, owner?.DefaultValue is not null, _typeInfo.ParentInputType));
                }

                Enter(Ev.Variable, node, static (v, n) => v.EnterVariable((VariableNode)n));
                Leave(Ev.Variable, node, null);
                break;
            case NullValueNode:
                Enter(Ev.NullValue, node, static (v, n) => v.EnterNullValue((NullValueNode)n));
                Leave(Ev.NullValue, node, null);
                break;
            case EnumValueNode enumValue:
                _typeInfo.EnterEnumValue(enumValue);
                Enter(Ev.ScalarValue, node, static (v, n) => v.EnterScalarValue((ValueNode)n));
                Leave(Ev.ScalarValue, node, null);
                _typeInfo.LeaveEnumValue();
                break;
            case ListValueNode list:
                _typeInfo.EnterListValue();
                Enter(Ev.ListValue, node, static (v, n) => v.EnterListValue((ListValueNode)n));
                for (var i = 0; i < list.Values.Count; i++)
                {
                    WalkValue(list.Values[i]);
                }

                Leave(Ev.ListValue, node, static (v, n) => v.LeaveListValue((ListValueNode)n));
                _typeInfo.LeaveInputPosition();
                break;
            case ObjectValueNode obj:
                Enter(Ev.ObjectValue, node, static (v, n) => v.EnterObjectValue((ObjectValueNode)n));
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    WalkObjectField(obj.Fields[i]);
                }

                Leave(Ev.ObjectValue, node, static (v, n) => v.LeaveObjectValue((ObjectValueNode)n));
                break;
            default:
                Enter(Ev.ScalarValue, node, static (v, n) => v.EnterScalarValue((ValueNode)n));
                Leave(Ev.ScalarValue, node, null);
                break;
        }
    }

    private void WalkObjectField(ObjectFieldNode node)
    {
        _typeInfo.EnterObjectField(node);
        Enter(Ev.ObjectField, node, static (v, n) => v.EnterObjectField((ObjectFieldNode)n));
        WalkValue(node.Value);
        Leave(Ev.ObjectField, node, static (v, n) => v.LeaveObjectField((ObjectFieldNode)n));
        _typeInfo.LeaveInputPosition();
    }

    private void WalkTypeReference(TypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                WalkNamedType(named);
                break;
            case ListTypeNode list:
                WalkTypeReference(list.Type);
                break;
            case NonNullTypeNode nonNull:
                WalkTypeReference(nonNull.Type);
                break;
        }
    }

    private void WalkNamedType(NamedTypeNode node)
    {
        Enter(Ev.NamedType, node, static (v, n) => v.EnterNamedType((NamedTypeNode)n));
        Leave(Ev.NamedType, node, null);
    }

    private void WalkTypeSystemNode(SyntaxNode node, IReadOnlyList<DirectiveNode> directives, Action body)
    {
        var list = _enterLists[(int)Ev.TypeSystemNode];
        for (var k = 0; k < list.Length; k++)
        {
            var i = list[k];
            if (_skipping[i] is null && _visitors[i].EnterTypeSystemNode(node, directives) == VisitAction.SkipChildren)
            {
                _skipping[i] = node;
            }
        }

        body();
        Leave(Ev.TypeSystemNode, node, null);
    }

    private void WalkTypeSystemDefinition(DefinitionNode definition)
    {
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                WalkTypeSystemNode(schema, schema.Directives, () =>
                {
                    WalkDirectives(schema.Directives, "SCHEMA");
                    WalkOperationTypes(schema.OperationTypes);
                });
                break;
            case SchemaExtensionNode schema:
                WalkTypeSystemNode(schema, schema.Directives, () =>
                {
                    WalkDirectives(schema.Directives, "SCHEMA");
                    WalkOperationTypes(schema.OperationTypes);
                });
                break;
            case ScalarTypeDefinitionNode scalar:
                WalkTypeSystemNode(scalar, scalar.Directives, () => WalkDirectives(scalar.Directives, "SCALAR"));
                break;
            case ScalarTypeExtensionNode scalar:
                WalkTypeSystemNode(scalar, scalar.Directives, () => WalkDirectives(scalar.Directives, "SCALAR"));
                break;
            case ObjectTypeDefinitionNode type:
                WalkTypeSystemNode(type, type.Directives, () => WalkComplexType(type.Interfaces, type.Directives, type.Fields, "OBJECT"));
                break;
            case ObjectTypeExtensionNode type:
                WalkTypeSystemNode(type, type.Directives, () => WalkComplexType(type.Interfaces, type.Directives, type.Fields, "OBJECT"));
                break;
            case InterfaceTypeDefinitionNode type:
                WalkTypeSystemNode(type, type.Directives, () => WalkComplexType(type.Interfaces, type.Directives, type.Fields, "INTERFACE"));
                break;
            case InterfaceTypeExtensionNode type:
                WalkTypeSystemNode(type, type.Directives, () => WalkComplexType(type.Interfaces, type.Directives, type.Fields, "INTERFACE"));
                break;
            case UnionTypeDefinitionNode union:
                WalkTypeSystemNode(union, union.Directives, () => WalkUnion(union.Directives, union.Types));
                break;
            case UnionTypeExtensionNode union:
                WalkTypeSystemNode(union, union.Directives, () => WalkUnion(union.Directives, union.Types));
                break;
            case EnumTypeDefinitionNode enumType:
                WalkTypeSystemNode(enumType, enumType.Directives, () => WalkEnum(enumType.Directives, enumType.Values));
                break;
            case EnumTypeExtensionNode enumType:
                WalkTypeSystemNode(enumType, enumType.Directives, () => WalkEnum(enumType.Directives, enumType.Values));
                break;
            case InputObjectTypeDefinitionNode input:
                WalkTypeSystemNode(input, input.Directives, () => WalkInputObject(input.Directives, input.Fields, "INPUT_FIELD_DEFINITION"));
                break;
            case InputObjectTypeExtensionNode input:
                // graphql-js only recognises input fields inside a definition, not an extension.
                WalkTypeSystemNode(input, input.Directives, () => WalkInputObject(input.Directives, input.Fields, "ARGUMENT_DEFINITION"));
                break;
            case DirectiveDefinitionNode directive:
                foreach (var argument in directive.Arguments)
                {
                    WalkInputValueDefinition(argument, "ARGUMENT_DEFINITION");
                }

                break;
        }
    }

    private void WalkOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            WalkNamedType(operationType.Type);
        }
    }

    private void WalkComplexType(IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields, string location)
    {
        foreach (var implemented in interfaces)
        {
            WalkNamedType(implemented);
        }

        WalkDirectives(directives, location);
        foreach (var field in fields)
        {
            WalkTypeSystemNode(field, field.Directives, () =>
            {
                foreach (var argument in field.Arguments)
                {
                    WalkInputValueDefinition(argument, "ARGUMENT_DEFINITION");
                }

                WalkTypeReference(field.Type);
                WalkDirectives(field.Directives, "FIELD_DEFINITION");
            });
        }
    }

    private void WalkUnion(IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    {
        WalkDirectives(directives, "UNION");
        foreach (var member in types)
        {
            WalkNamedType(member);
        }
    }

    private void WalkEnum(IReadOnlyList<DirectiveNode> directives, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        WalkDirectives(directives, "ENUM");
        foreach (var value in values)
        {
            WalkTypeSystemNode(value, value.Directives, () => WalkDirectives(value.Directives, "ENUM_VALUE"));
        }
    }

    private void WalkInputObject(IReadOnlyList<DirectiveNode> directives, IReadOnlyList<InputValueDefinitionNode> fields, string fieldLocation)
    {
        WalkDirectives(directives, "INPUT_OBJECT");
        foreach (var field in fields)
        {
            WalkInputValueDefinition(field, fieldLocation);
        }
    }

    private void WalkInputValueDefinition(InputValueDefinitionNode node, string location)
    {
        WalkTypeSystemNode(node, node.Directives, () =>
        {
            WalkTypeReference(node.Type);
            if (node.DefaultValue is not null)
            {
                WalkValue(node.DefaultValue);
            }

            WalkDirectives(node.Directives, location);
        });
    }

    /// <summary>
    /// Per event, which visitors override its enter or leave method, in rule order. Computed once per
    /// combination of visitor types (rule sets are few), so a validation only looks them up.
    /// </summary>
    private sealed class DispatchTables
    {
        private static readonly ConditionalWeakTable<object, DispatchTables> Cache = new();
        private static readonly DispatchTables Empty = new([]);

        private DispatchTables(ValidationVisitor[] visitors)
        {
            VisitorTypes = new Type[visitors.Length];
            for (var i = 0; i < visitors.Length; i++)
            {
                VisitorTypes[i] = visitors[i].GetType();
            }

            var kinds = EventMethods.Length / 2;
            EnterLists = new int[kinds][];
            LeaveLists = new int[kinds][];
            LeaveCalls = new bool[kinds][];
            var masks = new ulong[visitors.Length];
            for (var i = 0; i < visitors.Length; i++)
            {
                masks[i] = OverrideMasks.GetOrAdd(visitors[i].GetType(), ComputeMask);
            }

            var enter = new List<int>();
            var leave = new List<int>();
            var calls = new List<bool>();
            for (var kind = 0; kind < kinds; kind++)
            {
                enter.Clear();
                leave.Clear();
                calls.Clear();
                var enterBit = 1UL << (kind * 2);
                var leaveBit = 1UL << ((kind * 2) + 1);
                for (var i = 0; i < visitors.Length; i++)
                {
                    if ((masks[i] & enterBit) != 0)
                    {
                        enter.Add(i);
                    }

                    if ((masks[i] & (enterBit | leaveBit)) != 0)
                    {
                        leave.Add(i);
                        calls.Add((masks[i] & leaveBit) != 0);
                    }
                }

                EnterLists[kind] = [.. enter];
                LeaveLists[kind] = [.. leave];
                LeaveCalls[kind] = [.. calls];
            }
        }

        public Type[] VisitorTypes { get; }

        public int[][] EnterLists { get; }

        public int[][] LeaveLists { get; }

        public bool[][] LeaveCalls { get; }

        /// <summary>The tables of a rule set (cached while the set lives), or of these visitors alone.</summary>
        public static DispatchTables For(ValidationVisitor[] visitors, object? ruleSet)
        {
            if (visitors.Length == 0)
            {
                return Empty;
            }

            if (ruleSet is null)
            {
                return new DispatchTables(visitors);
            }

            var tables = Cache.GetValue(ruleSet, _ => new DispatchTables(visitors));
            return tables.Matches(visitors) ? tables : new DispatchTables(visitors);
        }

        private bool Matches(ValidationVisitor[] visitors)
        {
            if (visitors.Length != VisitorTypes.Length)
            {
                return false;
            }

            for (var i = 0; i < visitors.Length; i++)
            {
                if (visitors[i].GetType() != VisitorTypes[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
