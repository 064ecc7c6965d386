using Gql.Language.Syntax;

namespace Gql.Language.Tests;

public class SchemaParserTests
{
    [Fact]
    public void Parses_a_simple_type()
    {
        var document = Parser.Parse("type Hello {\n  world: String\n}");
        Assert.Equal(new Location(0, 30, 1, 1), document.Location);
        var type = Assert.IsType<ObjectTypeDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(new Location(0, 30, 1, 1), type.Location);
        Assert.Null(type.Description);
        Assert.Equal(new Location(5, 10, 1, 6), type.Name.Location);
        Assert.Empty(type.Interfaces);
        Assert.Empty(type.Directives);
        var field = Assert.Single(type.Fields);
        Assert.Equal(new Location(15, 28, 2, 3), field.Location);
        Assert.Equal("world", field.Name.Value);
        Assert.Empty(field.Arguments);
        Assert.Equal(new Location(22, 28, 2, 10), field.Type.Location);
    }

    [Fact]
    public void Parses_a_type_with_a_string_description()
    {
        var type = (ObjectTypeDefinitionNode)Parser.Parse("\"Description\"\ntype Hello {\n  world: String\n}").Definitions[0];
        Assert.Equal(new Location(0, 44, 1, 1), type.Location);
        Assert.Equal("Description", type.Description!.Value);
        Assert.False(type.Description.Block);
        Assert.Equal(new Location(0, 13, 1, 1), type.Description.Location);
    }

    [Fact]
    public void Parses_a_type_with_a_block_description()
    {
        var type = (ObjectTypeDefinitionNode)Parser.Parse("\"\"\"\n  Description\n\"\"\"\n# Even with comments between them\ntype Hello {\n  world: String\n}").Definitions[0];
        Assert.Equal("Description", type.Description!.Value);
        Assert.True(type.Description.Block);
        Assert.Equal(new Location(0, 21, 1, 1), type.Description.Location);
    }

    [Fact]
    public void Parses_descriptions_on_every_type_system_member()
    {
        var document = Parser.Parse("""
            "schema" schema { query: Q }
            "scalar" scalar S
            "type" type T { "field" f("arg" a: Int): Int }
            "interface" interface I { f: Int }
            "union" union U = T
            "enum" enum E { "value" V }
            "input" input In { "input field" f: Int }
            "directive" directive @d("arg" a: Int) on FIELD
            """);
        var descriptions = new DescriptionCollector();
        descriptions.Visit(document);
        Assert.Equal(
            ["schema", "scalar", "type", "field", "arg", "interface", "union", "enum", "value", "input", "input field", "directive", "arg"],
            descriptions.Values);
    }

    [Theory]
    [InlineData("\"Description\" 1", "Unexpected Int \"1\".", 1, 15)]
    [InlineData("\n\"Description\"\n{\n  a\n}", "Unexpected description, descriptions are not supported on shorthand queries.", 2, 1)]
    [InlineData("\"Description\"\nextend type Hello {\n  world: String\n}", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"Description\" notAKeyword", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("extend \"Description\" type Hello {\n  world: String\n}", "Unexpected String \"Description\".", 1, 8)]
    [InlineData("\"Description\"", "Unexpected <EOF>.", 1, 14)]
    public void Rejects_descriptions_where_they_are_not_allowed(string source, string message, int line, int column)
    {
        SyntaxAssert.ParseFails(source, message, line, column);
    }

    [Fact]
    public void Parses_a_simple_extension()
    {
        var extension = Assert.IsType<ObjectTypeExtensionNode>(Parser.Parse("extend type Hello {\n  world: String\n}").Definitions[0]);
        Assert.Equal(new Location(0, 37, 1, 1), extension.Location);
        Assert.Equal(new Location(12, 17, 1, 13), extension.Name.Location);
        Assert.Equal("world", Assert.Single(extension.Fields).Name.Value);
    }

    [Fact]
    public void Parses_object_extensions_without_fields()
    {
        var document = Parser.Parse("extend type Hello implements Greeting\n\nextend type Hello implements SecondGreeting @dir");
        var first = Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[0]);
        Assert.Equal("Greeting", Assert.Single(first.Interfaces).Name.Value);
        Assert.Empty(first.Fields);
        Assert.Equal(new Location(0, 37, 1, 1), first.Location);
        var second = Assert.IsType<ObjectTypeExtensionNode>(document.Definitions[1]);
        Assert.Equal("dir", Assert.Single(second.Directives).Name.Value);
    }

    [Fact]
    public void Parses_interface_extensions_without_fields()
    {
        var document = Parser.Parse("extend interface Hello implements Greeting\n\nextend interface Hello implements SecondGreeting");
        Assert.All(document.Definitions, d => Assert.IsType<InterfaceTypeExtensionNode>(d));
    }

    [Theory]
    [InlineData("extend scalar Hello", 1, 20)]
    [InlineData("extend type Hello", 1, 18)]
    [InlineData("extend interface Hello", 1, 23)]
    [InlineData("extend union Hello", 1, 19)]
    [InlineData("extend enum Hello", 1, 18)]
    [InlineData("extend input Hello", 1, 19)]
    [InlineData("extend schema", 1, 14)]
    public void Rejects_extensions_without_anything(string source, int line, int column)
    {
        SyntaxAssert.ParseFails(source, "Unexpected <EOF>.", line, column);
    }

    [Fact]
    public void Parses_every_kind_of_extension()
    {
        var document = Parser.Parse("""
            extend schema @a { mutation: M }
            extend scalar S @b
            extend type T implements I @c { f: Int }
            extend interface I implements J @d { f: Int }
            extend union U @e = A | B
            extend enum E @f { X }
            extend input In @g { f: Int = 1 }
            """);
        Assert.Collection(
            document.Definitions,
            d => Assert.Equal(OperationType.Mutation, Assert.IsType<SchemaExtensionNode>(d).OperationTypes[0].Operation),
            d => Assert.Equal("b", Assert.IsType<ScalarTypeExtensionNode>(d).Directives[0].Name.Value),
            d => Assert.Equal("I", Assert.IsType<ObjectTypeExtensionNode>(d).Interfaces[0].Name.Value),
            d => Assert.Equal("J", Assert.IsType<InterfaceTypeExtensionNode>(d).Interfaces[0].Name.Value),
            d => Assert.Equal(2, Assert.IsType<UnionTypeExtensionNode>(d).Types.Count),
            d => Assert.Equal("X", Assert.IsType<EnumTypeExtensionNode>(d).Values[0].Name.Value),
            d => Assert.Equal("1", ((IntValueNode)Assert.IsType<InputObjectTypeExtensionNode>(d).Fields[0].DefaultValue!).Value));
    }

    [Fact]
    public void Parses_schema_extensions_with_operation_types_or_directives()
    {
        var withTypes = Assert.IsType<SchemaExtensionNode>(Parser.Parse("extend schema {\n  mutation: Mutation\n}").Definitions[0]);
        Assert.Equal(new Location(0, 38, 1, 1), withTypes.Location);
        var operationType = Assert.Single(withTypes.OperationTypes);
        Assert.Equal(new Location(18, 36, 2, 3), operationType.Location);
        Assert.Equal("Mutation", operationType.Type.Name.Value);
        var withDirective = Assert.IsType<SchemaExtensionNode>(Parser.Parse("extend schema @directive").Definitions[0]);
        Assert.Equal("directive", Assert.Single(withDirective.Directives).Name.Value);
        Assert.Empty(withDirective.OperationTypes);
    }

    [Fact]
    public void Rejects_an_unknown_operation_type_in_a_schema_extension()
    {
        SyntaxAssert.ParseFails("extend schema { unknown: SomeType }", "Unexpected Name \"unknown\".", 1, 17);
    }

    [Fact]
    public void Parses_a_schema_definition()
    {
        var schema = Assert.IsType<SchemaDefinitionNode>(Parser.Parse("schema @s { query: Q mutation: M subscription: S }").Definitions[0]);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
        Assert.Equal("s", schema.Directives[0].Name.Value);
        SyntaxAssert.ParseFails("schema @s", "Expected \"{\", found <EOF>.", 1, 10);
    }

    [Fact]
    public void Parses_a_simple_non_null_type()
    {
        var field = ((ObjectTypeDefinitionNode)Parser.Parse("type Hello {\n  world: String!\n}").Definitions[0]).Fields[0];
        var nonNull = Assert.IsType<NonNullTypeNode>(field.Type);
        Assert.Equal(new Location(22, 29, 2, 10), nonNull.Location);
        Assert.Equal(new Location(22, 28, 2, 10), nonNull.Type.Location);
    }

    [Theory]
    [InlineData("interface Hello implements World { field: String }", new[] { "World" })]
    [InlineData("type Hello implements World { field: String }", new[] { "World" })]
    [InlineData("type Hello implements Wo & rld { field: String }", new[] { "Wo", "rld" })]
    [InlineData("type Hello implements & Wo & rld { field: String }", new[] { "Wo", "rld" })]
    [InlineData("interface Hello implements & Wo & rld { field: String }", new[] { "Wo", "rld" })]
    [InlineData("type Hello implements Wo & rld", new[] { "Wo", "rld" })]
    public void Parses_implemented_interfaces(string source, string[] interfaces)
    {
        var definition = Parser.Parse(source).Definitions[0];
        var names = definition switch
        {
            ObjectTypeDefinitionNode o => o.Interfaces,
            InterfaceTypeDefinitionNode i => i.Interfaces,
            _ => throw new InvalidOperationException(),
        };
        Assert.Equal(interfaces, names.Select(n => n.Name.Value));
    }

    [Fact]
    public void Rejects_legacy_space_separated_interfaces()
    {
        SyntaxAssert.ParseFails("type Hello implements Wo rld { field: String }", "Unexpected Name \"rld\".", 1, 26);
        SyntaxAssert.ParseFails("type Hello implements & { field: String }", "Expected Name, found \"{\".", 1, 25);
    }

    [Fact]
    public void Parses_enums()
    {
        var single = (EnumTypeDefinitionNode)Parser.Parse("enum Hello { WORLD }").Definitions[0];
        Assert.Equal(new Location(0, 20, 1, 1), single.Location);
        Assert.Equal(new Location(13, 18, 1, 14), single.Values[0].Location);
        var two = (EnumTypeDefinitionNode)Parser.Parse("enum Hello { WO, RLD @deprecated }").Definitions[0];
        Assert.Equal(["WO", "RLD"], two.Values.Select(v => v.Name.Value));
        Assert.Equal("deprecated", two.Values[1].Directives[0].Name.Value);
    }

    [Theory]
    [InlineData("enum Test { VALID, true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 20)]
    [InlineData("enum Test { false }", "Name \"false\" is reserved and cannot be used for an enum value.", 1, 13)]
    [InlineData("enum Test { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 13)]
    [InlineData("enum Test { }", "Expected Name, found \"}\".", 1, 13)]
    public void Rejects_invalid_enum_values(string source, string message, int line, int column)
    {
        SyntaxAssert.ParseFails(source, message, line, column);
    }

    [Fact]
    public void Parses_fields_with_arguments()
    {
        var field = ((ObjectTypeDefinitionNode)Parser.Parse("type Hello {\n  world(flag: Boolean = true, things: [String], other: Int! @a): String\n}").Definitions[0]).Fields[0];
        Assert.Equal(3, field.Arguments.Count);
        var flag = field.Arguments[0];
        Assert.Equal(new Location(21, 41, 2, 9), flag.Location);
        Assert.True(Assert.IsType<BooleanValueNode>(flag.DefaultValue).Value);
        Assert.IsType<ListTypeNode>(field.Arguments[1].Type);
        Assert.Equal("a", field.Arguments[2].Directives[0].Name.Value);
    }

    [Theory]
    [InlineData("union Hello = World", new[] { "World" })]
    [InlineData("union Hello = Wo | Rld", new[] { "Wo", "Rld" })]
    [InlineData("union Hello = | Wo | Rld", new[] { "Wo", "Rld" })]
    [InlineData("union Hello @dir", new string[0])]
    public void Parses_unions(string source, string[] members)
    {
        var union = Assert.IsType<UnionTypeDefinitionNode>(Parser.Parse(source).Definitions[0]);
        Assert.Equal(members, union.Types.Select(t => t.Name.Value));
    }

    [Theory]
    [InlineData("union Hello = |", "Expected Name, found <EOF>.", 1, 16)]
    [InlineData("union Hello = || Wo | Rld", "Expected Name, found \"|\".", 1, 16)]
    [InlineData("union Hello = Wo || Rld", "Expected Name, found \"|\".", 1, 19)]
    [InlineData("union Hello = | Wo | Rld |", "Expected Name, found <EOF>.", 1, 27)]
    public void Rejects_malformed_unions(string source, string message, int line, int column)
    {
        SyntaxAssert.ParseFails(source, message, line, column);
    }

    [Fact]
    public void Parses_scalars_and_input_objects()
    {
        var scalar = Assert.IsType<ScalarTypeDefinitionNode>(Parser.Parse("scalar Hello").Definitions[0]);
        Assert.Equal(new Location(0, 12, 1, 1), scalar.Location);
        var input = Assert.IsType<InputObjectTypeDefinitionNode>(Parser.Parse("input Hello {\n  world: String = \"x\" @a\n}").Definitions[0]);
        Assert.Equal("x", ((StringValueNode)input.Fields[0].DefaultValue!).Value);
    }

    [Theory]
    [InlineData("input Hello {\n  world(foo: Int): String\n}", "Expected \":\", found \"(\".", 2, 8)]
    [InlineData("type Hello { }", "Expected Name, found \"}\".", 1, 14)]
    [InlineData("input Hello { }", "Expected Name, found \"}\".", 1, 15)]
    [InlineData("interface Hello { }", "Expected Name, found \"}\".", 1, 19)]
    [InlineData("type Hello { f(): Int }", "Expected Name, found \")\".", 1, 16)]
    [InlineData("type Hello { f: }", "Expected Name, found \"}\".", 1, 17)]
    [InlineData("type Hello { f(a: Int = $x): Int }", "Unexpected variable \"$x\" in constant value.", 1, 25)]
    [InlineData("scalar", "Expected Name, found <EOF>.", 1, 7)]
    [InlineData("type { a: Int }", "Expected Name, found \"{\".", 1, 6)]
    public void Rejects_malformed_type_definitions(string source, string message, int line, int column)
    {
        SyntaxAssert.ParseFails(source, message, line, column);
    }

    [Fact]
    public void Parses_directive_definitions()
    {
        var directive = Assert.IsType<DirectiveDefinitionNode>(Parser.Parse("directive @foo on OBJECT | INTERFACE").Definitions[0]);
        Assert.Equal(new Location(0, 36, 1, 1), directive.Location);
        Assert.False(directive.IsRepeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], directive.Locations.Select(l => l.Value));
        Assert.Equal(new Location(18, 24, 1, 19), directive.Locations[0].Location);

        var repeatable = Assert.IsType<DirectiveDefinitionNode>(Parser.Parse("directive @foo(a: Int = 1) repeatable on | FIELD | QUERY").Definitions[0]);
        Assert.True(repeatable.IsRepeatable);
        Assert.Equal("a", repeatable.Arguments[0].Name.Value);
        Assert.Equal(["FIELD", "QUERY"], repeatable.Locations.Select(l => l.Value));
    }

    [Fact]
    public void Accepts_every_directive_location()
    {
        var locations = "QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";
        var directive = (DirectiveDefinitionNode)Parser.Parse("directive @all on " + locations).Definitions[0];
        Assert.Equal(19, directive.Locations.Count);
    }

    [Theory]
    [InlineData("directive @foo on FIELD | INCORRECT_LOCATION", "Unexpected Name \"INCORRECT_LOCATION\".", 1, 27)]
    [InlineData("directive @foo on field", "Unexpected Name \"field\".", 1, 19)]
    [InlineData("directive foo on FIELD", "Expected \"@\", found Name \"foo\".", 1, 11)]
    [InlineData("directive @foo FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 16)]
    [InlineData("directive @foo repeatable", "Expected \"on\", found <EOF>.", 1, 26)]
    public void Rejects_malformed_directive_definitions(string source, string message, int line, int column)
    {
        SyntaxAssert.ParseFails(source, message, line, column);
    }

    [Fact]
    public void Mixes_executable_and_type_system_definitions()
    {
        var document = Parser.Parse("type Query { a: Int } { a } extend type Query { b: Int } fragment F on Query { b }");
        Assert.Collection(
            document.Definitions,
            d => Assert.IsAssignableFrom<TypeDefinitionNode>(d),
            d => Assert.IsAssignableFrom<ExecutableDefinitionNode>(d),
            d => Assert.IsAssignableFrom<TypeExtensionNode>(d),
            d => Assert.IsAssignableFrom<ExecutableDefinitionNode>(d));
    }

    private sealed class DescriptionCollector : SyntaxVisitor
    {
        public List<string> Values { get; } = [];

        protected override VisitorAction EnterStringValue(StringValueNode node)
        {
            Values.Add(node.Value);
            return VisitorAction.Continue;
        }
    }
}
