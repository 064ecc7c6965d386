using System.Runtime.CompilerServices;
using System.Text;
using Gql.Language.Syntax;

namespace Gql.Language.Printing;

/// <summary>
/// Writes nodes top-down into one builder. graphql-js builds strings bottom-up and indents a
/// block's content by replacing every "\n" with "\n  "; writing two spaces per nesting level
/// after every newline we emit (also inside block strings) gives the same text.
/// </summary>
internal sealed class SyntaxWriter
{
    private const int MaxLineLength = 80;
    private const string HexDigits = "0123456789ABCDEF";

    private readonly StringBuilder _builder = new(256);
    private readonly bool _compact;
    private int _indent;

    public SyntaxWriter(bool compact)
    {
        _compact = compact;
    }

    public override string ToString() => _builder.ToString();

    public void Write(SyntaxNode node)
    {
        // Trees parsed with a huge MaxDepth can be deeper than the printer's stack allows.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case NameNode name:
                _builder.Append(name.Value);
                break;
            case VariableNode variable:
                _builder.Append('$').Append(variable.Name.Value);
                break;
            case DocumentNode document:
                WriteDocument(document);
                break;
            case OperationDefinitionNode operation:
                WriteOperation(operation);
                break;
            case VariableDefinitionNode variableDefinition:
                WriteVariableDefinition(variableDefinition);
                break;
            case SelectionSetNode selectionSet:
                WriteBlock(selectionSet.Selections);
                break;
            case FieldNode field:
                WriteField(field);
                break;
            case ArgumentNode argument:
                _builder.Append(argument.Name.Value).Append(_compact ? ":" : ": ");
                Write(argument.Value);
                break;
            case FragmentSpreadNode spread:
                _builder.Append("...").Append(spread.Name.Value);
                WriteDirectivesWithLeadingSpace(spread.Directives);
                break;
            case InlineFragmentNode inlineFragment:
                WriteInlineFragment(inlineFragment);
                break;
            case FragmentDefinitionNode fragment:
                WriteFragmentDefinition(fragment);
                break;
            case ValueNode value:
                WriteValue(value);
                break;
            case ObjectFieldNode objectField:
                _builder.Append(objectField.Name.Value).Append(_compact ? ":" : ": ");
                Write(objectField.Value);
                break;
            case DirectiveNode directive:
                WriteDirective(directive);
                break;
            case TypeNode type:
                WriteType(type);
                break;
            default:
                WriteTypeSystemNode(node);
                break;
        }
    }

    private void WriteDocument(DocumentNode document)
    {
        var first = true;
        foreach (var definition in document.Definitions)
        {
            if (!first)
            {
                if (_compact)
                {
                    _builder.Append(' ');
                }
                else
                {
                    NewLine();
                    NewLine();
                }
            }

            Write(definition);
            first = false;
        }
    }

    private void WriteOperation(OperationDefinitionNode operation)
    {
        // Anonymous queries with no description, directives or variable definitions use the short form.
        if (operation.Operation == OperationType.Query && operation.Name is null && operation.Description is null
            && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0)
        {
            Write(operation.SelectionSet);
            return;
        }

        WriteDescription(operation.Description);
        _builder.Append(OperationKeyword(operation.Operation));
        if (operation.Name is not null || operation.VariableDefinitions.Count > 0)
        {
            _builder.Append(' ');
            if (operation.Name is not null)
            {
                _builder.Append(operation.Name.Value);
            }

            // graphql-js 16 does not indent multi-line variable definitions.
            WriteParenthesizedList(operation.VariableDefinitions, indentMultiLine: false);
        }

        WriteDirectivesWithLeadingSpace(operation.Directives);
        SpaceBeforeBlock();
        Write(operation.SelectionSet);
    }

    private void WriteVariableDefinition(VariableDefinitionNode node)
    {
        WriteDescription(node.Description);
        Write(node.Variable);
        _builder.Append(_compact ? ":" : ": ");
        Write(node.Type);
        if (node.DefaultValue is not null)
        {
            _builder.Append(_compact ? "=" : " = ");
            Write(node.DefaultValue);
        }

        WriteDirectivesWithLeadingSpace(node.Directives);
    }

    private void WriteField(FieldNode field)
    {
        var start = _builder.Length;
        if (field.Alias is not null)
        {
            _builder.Append(field.Alias.Value).Append(_compact ? ":" : ": ");
        }

        _builder.Append(field.Name.Value);
        var argumentsStart = _builder.Length;
        WriteList(field.Arguments, "(", _compact ? "," : ", ", ")");
        if (!_compact && field.Arguments.Count > 0 && PrintedLength(start) > MaxLineLength)
        {
            _builder.Length = argumentsStart;
            WriteMultiLineList(field.Arguments);
        }

        WriteDirectivesWithLeadingSpace(field.Directives);
        if (field.SelectionSet is { Selections.Count: > 0 })
        {
            SpaceBeforeBlock();
            Write(field.SelectionSet);
        }
    }

    private void WriteInlineFragment(InlineFragmentNode node)
    {
        _builder.Append("...");
        if (node.TypeCondition is not null)
        {
            _builder.Append(" on ").Append(node.TypeCondition.Name.Value);
        }

        WriteDirectivesWithLeadingSpace(node.Directives);
        if (node.SelectionSet.Selections.Count > 0)
        {
            SpaceBeforeBlock();
            Write(node.SelectionSet);
        }
    }

    private void WriteFragmentDefinition(FragmentDefinitionNode node)
    {
        WriteDescription(node.Description);
        _builder.Append("fragment ").Append(node.Name.Value).Append(" on ").Append(node.TypeCondition.Name.Value);
        WriteDirectivesWithLeadingSpace(node.Directives);
        SpaceBeforeBlock();

        Write(node.SelectionSet);
    }

    private void WriteValue(ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                _builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode intValue:
                _builder.Append(intValue.Value);
                break;
            case FloatValueNode floatValue:
                _builder.Append(floatValue.Value);
                break;
            case StringValueNode stringValue:
                WriteStringValue(stringValue);
                break;
            case BooleanValueNode booleanValue:
                _builder.Append(booleanValue.Value ? "true" : "false");
                break;
            case NullValueNode:
                _builder.Append("null");
                break;
            case EnumValueNode enumValue:
                _builder.Append(enumValue.Value);
                break;
            case ListValueNode list:
                _builder.Append('[');
                WriteList(list.Values, string.Empty, _compact ? "," : ", ", string.Empty);
                _builder.Append(']');
                break;
            case ObjectValueNode obj:
                _builder.Append('{');
                WriteList(obj.Fields, string.Empty, _compact ? "," : ", ", string.Empty);
                _builder.Append('}');
                break;
            default:
                throw new ArgumentException($"Unknown value node {value.GetType().Name}.", nameof(value));
        }
    }

    private void WriteStringValue(StringValueNode node)
    {
        if (!node.Block || _compact)
        {
            AppendString(_builder, node.Value);
            return;
        }

        var printed = BlockString.Print(node.Value);
        var chunkStart = 0;
        for (var i = 0; i < printed.Length; i++)
        {
            if (printed[i] == '\n')
            {
                _builder.Append(printed, chunkStart, i - chunkStart);
                NewLine();
                chunkStart = i + 1;
            }
        }

        _builder.Append(printed, chunkStart, printed.Length - chunkStart);
    }

    private void WriteDirective(DirectiveNode directive)
    {
        _builder.Append('@').Append(directive.Name.Value);
        WriteList(directive.Arguments, "(", _compact ? "," : ", ", ")");
    }

    private void WriteType(TypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                _builder.Append(named.Name.Value);
                break;
            case ListTypeNode list:
                _builder.Append('[');
                WriteType(list.Type);
                _builder.Append(']');
                break;
            case NonNullTypeNode nonNull:
                WriteType(nonNull.Type);
                _builder.Append('!');
                break;
            default:
                throw new ArgumentException($"Unknown type node {type.GetType().Name}.", nameof(type));
        }
    }

    private void WriteTypeSystemNode(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WriteDescription(schema.Description);
                _builder.Append("schema");
                WriteDirectivesWithLeadingSpace(schema.Directives);
                WriteBlockWithLeadingSpace(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                _builder.Append(OperationKeyword(operationType.Operation)).Append(_compact ? ":" : ": ").Append(operationType.Type.Name.Value);
                break;
            case ScalarTypeDefinitionNode scalar:
                WriteDescription(scalar.Description);
                WriteHead("scalar", scalar.Name, scalar.Directives);
                break;
            case ObjectTypeDefinitionNode objectType:
                WriteDescription(objectType.Description);
                WriteComplexType("type", objectType.Name, objectType.Interfaces, objectType.Directives, objectType.Fields);
                break;
            case FieldDefinitionNode field:
                WriteFieldDefinition(field);
                break;
            case InputValueDefinitionNode inputValue:
                WriteInputValueDefinition(inputValue);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WriteDescription(interfaceType.Description);
                WriteComplexType("interface", interfaceType.Name, interfaceType.Interfaces, interfaceType.Directives, interfaceType.Fields);
                break;
            case UnionTypeDefinitionNode union:
                WriteDescription(union.Description);
                WriteHead("union", union.Name, union.Directives);
                WriteUnionMembers(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WriteDescription(enumType.Description);
                WriteHead("enum", enumType.Name, enumType.Directives);
                WriteBlockWithLeadingSpace(enumType.Values);
                break;
            case EnumValueDefinitionNode enumValue:
                WriteDescription(enumValue.Description);
                _builder.Append(enumValue.Name.Value);
                WriteDirectivesWithLeadingSpace(enumValue.Directives);
                break;
            case InputObjectTypeDefinitionNode input:
                WriteDescription(input.Description);
                WriteHead("input", input.Name, input.Directives);
                WriteBlockWithLeadingSpace(input.Fields);
                break;
            case DirectiveDefinitionNode directive:
                WriteDirectiveDefinition(directive);
                break;
            case SchemaExtensionNode schemaExtension:
                _builder.Append("extend schema");
                WriteDirectivesWithLeadingSpace(schemaExtension.Directives);
                WriteBlockWithLeadingSpace(schemaExtension.OperationTypes);
                break;
            case ScalarTypeExtensionNode scalarExtension:
                WriteHead("extend scalar", scalarExtension.Name, scalarExtension.Directives);
                break;
            case ObjectTypeExtensionNode objectExtension:
                WriteComplexType("extend type", objectExtension.Name, objectExtension.Interfaces, objectExtension.Directives, objectExtension.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceExtension:
                WriteComplexType("extend interface", interfaceExtension.Name, interfaceExtension.Interfaces, interfaceExtension.Directives, interfaceExtension.Fields);
                break;
            case UnionTypeExtensionNode unionExtension:
                WriteHead("extend union", unionExtension.Name, unionExtension.Directives);
                WriteUnionMembers(unionExtension.Types);
                break;
            case EnumTypeExtensionNode enumExtension:
                WriteHead("extend enum", enumExtension.Name, enumExtension.Directives);
                WriteBlockWithLeadingSpace(enumExtension.Values);
                break;
            case InputObjectTypeExtensionNode inputExtension:
                WriteHead("extend input", inputExtension.Name, inputExtension.Directives);
                WriteBlockWithLeadingSpace(inputExtension.Fields);
                break;
            default:
                throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node));
        }
    }

    private void WriteHead(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives)
    {
        _builder.Append(keyword).Append(' ').Append(name.Value);
        WriteDirectivesWithLeadingSpace(directives);
    }

    private void WriteComplexType(string keyword, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields)
    {
        _builder.Append(keyword).Append(' ').Append(name.Value);
        if (interfaces.Count > 0)
        {
            _builder.Append(" implements ");
            WriteList(interfaces, string.Empty, " & ", string.Empty);
        }

        WriteDirectivesWithLeadingSpace(directives);
        WriteBlockWithLeadingSpace(fields);
    }

    private void WriteUnionMembers(IReadOnlyList<NamedTypeNode> types)
    {
        if (types.Count > 0)
        {
            _builder.Append(" = ");
            WriteList(types, string.Empty, " | ", string.Empty);
        }
    }

    private void WriteFieldDefinition(FieldDefinitionNode field)
    {
        WriteDescription(field.Description);
        _builder.Append(field.Name.Value);
        WriteArgumentDefinitions(field.Arguments);
        _builder.Append(_compact ? ":" : ": ");
        Write(field.Type);
        WriteDirectivesWithLeadingSpace(field.Directives);
    }

    private void WriteInputValueDefinition(InputValueDefinitionNode inputValue)
    {
        WriteDescription(inputValue.Description);
        _builder.Append(inputValue.Name.Value).Append(_compact ? ":" : ": ");
        Write(inputValue.Type);
        if (inputValue.DefaultValue is not null)
        {
            _builder.Append(_compact ? "=" : " = ");
            Write(inputValue.DefaultValue);
        }

        WriteDirectivesWithLeadingSpace(inputValue.Directives);
    }

    private void WriteDirectiveDefinition(DirectiveDefinitionNode directive)
    {
        WriteDescription(directive.Description);
        _builder.Append("directive @").Append(directive.Name.Value);
        WriteArgumentDefinitions(directive.Arguments);
        if (directive.IsRepeatable)
        {
            _builder.Append(" repeatable");
        }

        _builder.Append(" on ");
        WriteList(directive.Locations, string.Empty, " | ", string.Empty);
    }

    private void WriteArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
        => WriteParenthesizedList(arguments, indentMultiLine: true);

    // Argument and variable definitions go on one line unless one of them spans several
    // lines (a description or a multi-line block string), like graphql-js hasMultilineItems.
    private void WriteParenthesizedList<T>(IReadOnlyList<T> arguments, bool indentMultiLine)
        where T : SyntaxNode
    {
        if (arguments.Count == 0)
        {
            return;
        }

        var start = _builder.Length;
        WriteList(arguments, "(", _compact ? "," : ", ", ")");
        if (!_compact && ContainsNewLine(start))
        {
            _builder.Length = start;
            WriteMultiLineList(arguments, indentMultiLine);
        }
    }

    private void WriteMultiLineList<T>(IReadOnlyList<T> items, bool indent = true)
        where T : SyntaxNode
    {
        _builder.Append('(');
        var extra = indent ? 1 : 0;
        _indent += extra;
        foreach (var item in items)
        {
            NewLine();
            Write(item);
        }

        _indent -= extra;
        NewLine();
        _builder.Append(')');
    }

    private void WriteDescription(StringValueNode? description)
    {
        if (description is null)
        {
            return;
        }

        WriteStringValue(description);
        if (_compact)
        {
            _builder.Append(' ');
        }
        else
        {
            NewLine();
        }
    }

    private void WriteDirectivesWithLeadingSpace(IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count > 0)
        {
            _builder.Append(' ');
            WriteList(directives, string.Empty, " ", string.Empty);
        }
    }

    private void WriteBlockWithLeadingSpace<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        if (items.Count > 0)
        {
            SpaceBeforeBlock();
            WriteBlock(items);
        }
    }

    // graphql-js block(): nothing for an empty list, else "{", the items one per line
    // indented by two spaces, "}".
    private void WriteBlock<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        if (items.Count == 0)
        {
            return;
        }

        _builder.Append('{');
        if (_compact)
        {
            WriteList(items, string.Empty, " ", string.Empty);
            _builder.Append('}');
            return;
        }

        _indent++;
        foreach (var item in items)
        {
            NewLine();
            Write(item);
        }

        _indent--;
        NewLine();
        _builder.Append('}');
    }

    private void WriteList<T>(IReadOnlyList<T> items, string open, string separator, string close)
        where T : SyntaxNode
    {
        if (items.Count == 0)
        {
            return;
        }

        _builder.Append(open);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _builder.Append(separator);
            }

            Write(items[i]);
        }

        _builder.Append(close);
    }

    private void SpaceBeforeBlock()
    {
        if (!_compact)
        {
            _builder.Append(' ');
        }
    }

    private void NewLine()
    {
        _builder.Append('\n');
        _builder.Append(' ', _indent * 2);
    }

    private bool ContainsNewLine(int start)
    {
        for (var i = start; i < _builder.Length; i++)
        {
            if (_builder[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }

    // The length graphql-js measures: the text without the indentation we added after newlines.
    private int PrintedLength(int start)
    {
        var length = _builder.Length - start;
        for (var i = start; i < _builder.Length; i++)
        {
            if (_builder[i] == '\n')
            {
                length -= _indent * 2;
            }
        }

        return length;
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    // graphql-js printString: JSON-like escaping of control characters, quote and backslash.
    internal static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        var chunkStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || c > 0x9F))
            {
                continue;
            }

            builder.Append(value, chunkStart, i - chunkStart);
            chunkStart = i + 1;
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    builder.Append("\\u00").Append(HexDigits[c >> 4]).Append(HexDigits[c & 0xF]);
                    break;
            }
        }

        builder.Append(value, chunkStart, value.Length - chunkStart);
        builder.Append('"');
    }
}
