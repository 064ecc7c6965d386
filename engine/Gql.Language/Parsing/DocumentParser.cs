using System.Runtime.CompilerServices;
using Gql.Language.Syntax;

namespace Gql.Language.Parsing;

/// <summary>
/// Recursive-descent parser for the GraphQL grammar (spec sections 2 and 3, October 2021 plus
/// the current draft), producing the records in <see cref="Syntax"/>. Behaviour and error
/// messages follow graphql-js 16.
/// </summary>
internal ref struct DocumentParser
{
    private Lexer _lexer;
    private readonly NodeStack _stack;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private readonly bool _noLocations;
    private int _tokenCount;
    private int _depth;

    public DocumentParser(ReadOnlySpan<byte> source, ParserOptions options, NodeStack stack)
    {
        _lexer = new Lexer(source);
        _stack = stack;
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _noLocations = options.NoLocations;
    }

    // Document : Definition+
    public DocumentNode ParseDocument()
    {
        Advance();
        var start = _stack.Count;
        do
        {
            _stack.Push(ParseDefinition());
        }
        while (_lexer.Kind != TokenKind.EndOfFile);

        var definitions = _stack.PopToArray<DefinitionNode>(start);
        Location? location = _noLocations ? null : new Location(0, _lexer.Source.Length, 1, 1);
        return new DocumentNode(location, definitions);
    }

    public ValueNode ParseValueOnly(bool isConst)
    {
        Advance();
        var value = ParseValueLiteral(isConst);
        Expect(TokenKind.EndOfFile);
        return value;
    }

    public TypeNode ParseTypeOnly()
    {
        Advance();
        var type = ParseTypeReference();
        Expect(TokenKind.EndOfFile);
        return type;
    }

    private DefinitionNode ParseDefinition()
    {
        if (_lexer.Kind == TokenKind.LeftBrace)
        {
            return ParseOperationDefinition();
        }

        // Many definitions begin with a description and require a lookahead.
        var hasDescription = PeekDescription();
        var keyword = _lexer;
        if (hasDescription)
        {
            keyword.Read();
            if (keyword.Kind == TokenKind.LeftBrace)
            {
                throw _lexer.Error(_lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
            }
        }

        if (keyword.Kind == TokenKind.Name)
        {
            var name = keyword.Raw;
            if (name.SequenceEqual("schema"u8))
            {
                return ParseSchemaDefinition();
            }

            if (name.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeDefinition();
            }

            if (name.SequenceEqual("type"u8))
            {
                return ParseObjectTypeDefinition();
            }

            if (name.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeDefinition();
            }

            if (name.SequenceEqual("union"u8))
            {
                return ParseUnionTypeDefinition();
            }

            if (name.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeDefinition();
            }

            if (name.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeDefinition();
            }

            if (name.SequenceEqual("directive"u8))
            {
                return ParseDirectiveDefinition();
            }

            if (name.SequenceEqual("query"u8) || name.SequenceEqual("mutation"u8) || name.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (name.SequenceEqual("fragment"u8))
            {
                return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw _lexer.Error(_lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (name.SequenceEqual("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // ---- Executable definitions (section 2.3 - 2.10) ----

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Mark();
        if (_lexer.Kind == TokenKind.LeftBrace)
        {
            var shorthandSelectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(Loc(start), OperationType.Query, null, [], [], shorthandSelectionSet);
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        NameNode? name = _lexer.Kind == TokenKind.Name ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(Loc(start), operation, name, variableDefinitions, directives, selectionSet) { Description = description };
    }

    private OperationType ParseOperationType()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw ExpectedError(TokenKind.Name);
        }

        // Like graphql-js, consume the name before judging it, so an error in the next
        // token is reported first.
        var token = _lexer;
        Advance();
        var name = token.Raw;
        if (name.SequenceEqual("query"u8))
        {
            return OperationType.Query;
        }

        if (name.SequenceEqual("mutation"u8))
        {
            return OperationType.Mutation;
        }

        if (name.SequenceEqual("subscription"u8))
        {
            return OperationType.Subscription;
        }

        throw Unexpected(token);
    }

    private VariableDefinitionNode[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var start = _stack.Count;
        do
        {
            _stack.Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return _stack.PopToArray<VariableDefinitionNode>(start);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(Loc(start), variable, type, defaultValue, directives) { Description = description };
    }

    private VariableNode ParseVariable()
    {
        var start = Mark();
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(Loc(start), name);
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Mark();
        EnterNesting();
        Expect(TokenKind.LeftBrace);
        var itemsStart = _stack.Count;
        do
        {
            _stack.Push(ParseSelection());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        _depth--;
        return new SelectionSetNode(Loc(start), _stack.PopToArray<SelectionNode>(itemsStart));
    }

    private SelectionNode ParseSelection()
        => _lexer.Kind == TokenKind.Spread ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = Mark();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        SelectionSetNode? selectionSet = _lexer.Kind == TokenKind.LeftBrace ? ParseSelectionSet() : null;
        return new FieldNode(Loc(start), alias, name, arguments, directives, selectionSet);
    }

    private ArgumentNode[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var start = _stack.Count;
        do
        {
            _stack.Push(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return _stack.PopToArray<ArgumentNode>(start);
    }

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Mark();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(Loc(start), name, value);
    }

    // FragmentSpread : ... FragmentName Directives?
    // InlineFragment : ... TypeCondition? Directives? SelectionSet
    private SelectionNode ParseFragment()
    {
        var start = Mark();
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && _lexer.Kind == TokenKind.Name)
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(Loc(start), name, spreadDirectives);
        }

        NamedTypeNode? typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(Loc(start), typeCondition, directives, selectionSet);
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("fragment"u8, "fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on"u8, "on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(Loc(start), name, typeCondition, directives, selectionSet) { Description = description };
    }

    // FragmentName : Name but not `on`
    private NameNode ParseFragmentName()
    {
        if (_lexer.IsKeyword("on"u8))
        {
            throw Unexpected(_lexer);
        }

        return ParseName();
    }

    // ---- Values (section 2.9) ----

    private ValueNode ParseValueLiteral(bool isConst)
    {
        switch (_lexer.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(isConst);
            case TokenKind.LeftBrace:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var start = Mark();
                var value = _lexer.GetValue();
                Advance();
                return new IntValueNode(Loc(start), value);
            }

            case TokenKind.Float:
            {
                var start = Mark();
                var value = _lexer.GetValue();
                Advance();
                return new FloatValueNode(Loc(start), value);
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue();
            case TokenKind.Dollar:
                if (isConst)
                {
                    var dollar = _lexer;
                    Expect(TokenKind.Dollar);
                    if (_lexer.Kind == TokenKind.Name)
                    {
                        throw _lexer.Error(dollar.Start, $"Unexpected variable \"${_lexer.GetValue()}\" in constant value.");
                    }

                    throw Unexpected(dollar);
                }

                return ParseVariable();
            default:
                throw Unexpected(_lexer);
        }
    }

    private ValueNode ParseNameValue()
    {
        var start = Mark();
        var name = _lexer.Raw;
        if (name.SequenceEqual("true"u8))
        {
            Advance();
            return new BooleanValueNode(Loc(start), true);
        }

        if (name.SequenceEqual("false"u8))
        {
            Advance();
            return new BooleanValueNode(Loc(start), false);
        }

        if (name.SequenceEqual("null"u8))
        {
            Advance();
            return new NullValueNode(Loc(start));
        }

        var value = _lexer.GetValue();
        Advance();
        return new EnumValueNode(Loc(start), value);
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = Mark();
        var block = _lexer.Kind == TokenKind.BlockString;
        var value = _lexer.GetValue();
        Advance();
        return new StringValueNode(Loc(start), value, block);
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = Mark();
        EnterNesting();
        Expect(TokenKind.LeftBracket);
        var itemsStart = _stack.Count;
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            _stack.Push(ParseValueLiteral(isConst));
        }

        _depth--;
        return new ListValueNode(Loc(start), _stack.PopToArray<ValueNode>(itemsStart));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Mark();
        EnterNesting();
        Expect(TokenKind.LeftBrace);
        var itemsStart = _stack.Count;
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            _stack.Push(ParseObjectField(isConst));
        }

        _depth--;
        return new ObjectValueNode(Loc(start), _stack.PopToArray<ObjectFieldNode>(itemsStart));
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Mark();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(Loc(start), name, value);
    }

    // ---- Directives (section 2.12) ----

    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (_lexer.Kind != TokenKind.At)
        {
            return [];
        }

        var start = _stack.Count;
        do
        {
            _stack.Push(ParseDirective(isConst));
        }
        while (_lexer.Kind == TokenKind.At);

        return _stack.PopToArray<DirectiveNode>(start);
    }

    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Mark();
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(Loc(start), name, arguments);
    }

    // ---- Types (section 2.11) ----

    private TypeNode ParseTypeReference()
    {
        var start = Mark();
        TypeNode type;
        if (_lexer.Kind == TokenKind.LeftBracket)
        {
            EnterNesting();
            Advance();
            var innerType = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            _depth--;
            type = new ListTypeNode(Loc(start), innerType);
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(Loc(start), type) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Mark();
        var name = ParseName();
        return new NamedTypeNode(Loc(start), name);
    }

    // ---- Type system (section 3) ----

    private bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("schema"u8, "schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.LeftBrace);
        var itemsStart = _stack.Count;
        do
        {
            _stack.Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        var operationTypes = _stack.PopToArray<OperationTypeDefinitionNode>(itemsStart);
        return new SchemaDefinitionNode(Loc(start), description, directives, operationTypes);
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Mark();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(Loc(start), operation, type);
    }

    private OperationTypeDefinitionNode[] ParseOptionalOperationTypeDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var start = _stack.Count;
        do
        {
            _stack.Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return _stack.PopToArray<OperationTypeDefinitionNode>(start);
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("scalar"u8, "scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(Loc(start), description, name, directives);
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("type"u8, "type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(Loc(start), description, name, interfaces, directives, fields);
    }

    // ImplementsInterfaces : implements &? NamedType (& NamedType)*
    private NamedTypeNode[] ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"u8))
        {
            return [];
        }

        return ParseDelimitedNamedTypes(TokenKind.Ampersand);
    }

    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var start = _stack.Count;
        do
        {
            _stack.Push(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return _stack.PopToArray<NamedTypeNode>(start);
    }

    // FieldsDefinition : { FieldDefinition+ } (an empty list is an error, like graphql-js)
    private FieldDefinitionNode[] ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var start = _stack.Count;
        do
        {
            _stack.Push(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return _stack.PopToArray<FieldDefinitionNode>(start);
    }

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(Loc(start), description, name, arguments, type, directives);
    }

    private InputValueDefinitionNode[] ParseArgumentDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var start = _stack.Count;
        do
        {
            _stack.Push(ParseInputValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return _stack.PopToArray<InputValueDefinitionNode>(start);
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(Loc(start), description, name, type, defaultValue, directives);
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("interface"u8, "interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(Loc(start), description, name, interfaces, directives, fields);
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("union"u8, "union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(Loc(start), description, name, directives, types);
    }

    // UnionMemberTypes : = |? NamedType (| NamedType)*
    private NamedTypeNode[] ParseUnionMemberTypes()
        => ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("enum"u8, "enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(Loc(start), description, name, directives, values);
    }

    private EnumValueDefinitionNode[] ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var start = _stack.Count;
        do
        {
            _stack.Push(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return _stack.PopToArray<EnumValueDefinitionNode>(start);
    }

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(Loc(start), description, name, directives);
    }

    // EnumValue : Name but not `true`, `false` or `null`
    private NameNode ParseEnumValueName()
    {
        if (_lexer.IsKeyword("true"u8) || _lexer.IsKeyword("false"u8) || _lexer.IsKeyword("null"u8))
        {
            throw _lexer.Error(_lexer.Start, $"{_lexer.Describe()} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("input"u8, "input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(Loc(start), description, name, directives, fields);
    }

    private InputValueDefinitionNode[] ParseInputFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var start = _stack.Count;
        do
        {
            _stack.Push(ParseInputValueDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return _stack.PopToArray<InputValueDefinitionNode>(start);
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Mark();
        var description = ParseDescription();
        ExpectKeyword("directive"u8, "directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8, "on");
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(Loc(start), description, name, arguments, repeatable, locations);
    }

    // DirectiveLocations : |? DirectiveLocation (| DirectiveLocation)*
    private NameNode[] ParseDirectiveLocations()
    {
        ExpectOptional(TokenKind.Pipe);
        var start = _stack.Count;
        do
        {
            _stack.Push(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return _stack.PopToArray<NameNode>(start);
    }

    private NameNode ParseDirectiveLocation()
    {
        var token = _lexer;
        var name = ParseName();
        if (DirectiveLocations.IsValid(name.Value))
        {
            return name;
        }

        throw Unexpected(token);
    }

    // ---- Type system extensions (section 3.1.3, 3.4.3 ...) ----

    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer;
        keyword.Read();
        if (keyword.Kind == TokenKind.Name)
        {
            var name = keyword.Raw;
            if (name.SequenceEqual("schema"u8))
            {
                return ParseSchemaExtension();
            }

            if (name.SequenceEqual("scalar"u8))
            {
                return ParseScalarTypeExtension();
            }

            if (name.SequenceEqual("type"u8))
            {
                return ParseObjectTypeExtension();
            }

            if (name.SequenceEqual("interface"u8))
            {
                return ParseInterfaceTypeExtension();
            }

            if (name.SequenceEqual("union"u8))
            {
                return ParseUnionTypeExtension();
            }

            if (name.SequenceEqual("enum"u8))
            {
                return ParseEnumTypeExtension();
            }

            if (name.SequenceEqual("input"u8))
            {
                return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Mark();
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("schema"u8, "schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseOptionalOperationTypeDefinitions();
        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            throw Unexpected(_lexer);
        }

        return new SchemaExtensionNode(Loc(start), directives, operationTypes);
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Mark();
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("scalar"u8, "scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Length == 0)
        {
            throw Unexpected(_lexer);
        }

        return new ScalarTypeExtensionNode(Loc(start), name, directives);
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Mark();
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("type"u8, "type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected(_lexer);
        }

        return new ObjectTypeExtensionNode(Loc(start), name, interfaces, directives, fields);
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Mark();
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("interface"u8, "interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected(_lexer);
        }

        return new InterfaceTypeExtensionNode(Loc(start), name, interfaces, directives, fields);
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Mark();
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("union"u8, "union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0)
        {
            throw Unexpected(_lexer);
        }

        return new UnionTypeExtensionNode(Loc(start), name, directives, types);
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Mark();
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("enum"u8, "enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values.Length == 0)
        {
            throw Unexpected(_lexer);
        }

        return new EnumTypeExtensionNode(Loc(start), name, directives, values);
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Mark();
        ExpectKeyword("extend"u8, "extend");
        ExpectKeyword("input"u8, "input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected(_lexer);
        }

        return new InputObjectTypeExtensionNode(Loc(start), name, directives, fields);
    }

    // ---- Tokens ----

    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw ExpectedError(TokenKind.Name);
        }

        var start = Mark();
        var value = _lexer.GetName();
        Advance();
        return new NameNode(Loc(start), value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        if (_lexer.Read() != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw TooManyTokens();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException TooManyTokens()
        => _lexer.Error(_lexer.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.")
            .WithCode(ErrorCodes.MaxTokensExceeded);

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw ExpectedError(kind);
        }

        Advance();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword, string text)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            throw _lexer.Error(_lexer.Start, $"Expected \"{text}\", found {_lexer.Describe()}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private readonly GraphQLSyntaxException ExpectedError(TokenKind kind)
        => _lexer.Error(_lexer.Start, $"Expected {kind.ToDescription()}, found {_lexer.Describe()}.");

    private static GraphQLSyntaxException Unexpected(Lexer token)
        => token.Error(token.Start, $"Unexpected {token.Describe()}.");

    private void EnterNesting()
    {
        // The stack check is a call into the runtime: every eighth level is enough, as eight levels
        // of parser frames take a few KB and the check keeps 64 KB or more in reserve.
        if (++_depth > _maxDepth || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw TooDeep();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly GraphQLSyntaxException TooDeep()
        => _lexer.Error(_lexer.Start, $"Document nesting is deeper than {_maxDepth} levels. Parsing aborted.")
            .WithCode(ErrorCodes.MaxDepthExceeded);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly TokenMark Mark() => new(_lexer.Start, _lexer.Line, _lexer.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Location? Loc(TokenMark start)
        => _noLocations ? null : new Location(start.Start, _lexer.PreviousEnd, start.Line, start.Column);
}
