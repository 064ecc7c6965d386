using Gql.Language.Syntax;

namespace Gql.Language.Tests;

public class ParserTests
{
    [Theory]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("  # only a comment\n", "Unexpected <EOF>.", 2, 1)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("query Foo() { a }", "Expected \"$\", found \")\".", 1, 11)]
    [InlineData("{ a() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a(b) }", "Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ a(b: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("{ a @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("query Foo($a) { a }", "Expected \":\", found \")\".", 1, 13)]
    [InlineData("query Foo($a: ) { a }", "Expected Name, found \")\".", 1, 15)]
    [InlineData("query Foo($a: [Int) { a }", "Expected \"]\", found \")\".", 1, 19)]
    [InlineData("{ a(b: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ a(b: {c 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("fragment F on { a }", "Expected Name, found \"{\".", 1, 15)]
    [InlineData("fragment F { a }", "Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("{ ... on { a } }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("{ a } }", "Unexpected \"}\".", 1, 7)]
    [InlineData("{ a(b: 1.5e) }", "Invalid number, expected digit but got: \")\".", 1, 12)]
    [InlineData("{ a(b: \"\"\"block\"\"\" c) }", "Expected \":\", found \")\".", 1, 21)]
    public void Provides_useful_errors(string source, string message, int line, int column)
    {
        SyntaxAssert.ParseFails(source, message, line, column);
    }

    [Fact]
    public void Syntax_errors_carry_the_parse_failed_code_and_offset()
    {
        var error = SyntaxAssert.ParseFails("{ a }\n  }", "Unexpected \"}\".", 2, 3);
        Assert.Equal(ErrorCodes.SyntaxError, error.Code);
        Assert.Equal(ErrorCodes.SyntaxError, error.Errors[0].Code);
        Assert.Equal("Unexpected \"}\".", error.Description);
        Assert.Equal(8, error.Offset);
        Assert.IsAssignableFrom<GraphQLException>(error);
    }

    [Fact]
    public void Parses_variable_inline_values()
    {
        var document = Parser.Parse("{ field(complex: { a: { b: [ $var ] } }) }");
        var field = FirstField(document);
        var complex = Assert.IsType<ObjectValueNode>(field.Arguments[0].Value);
        var a = Assert.IsType<ObjectValueNode>(complex.Fields[0].Value);
        var b = Assert.IsType<ListValueNode>(a.Fields[0].Value);
        Assert.Equal("var", Assert.IsType<VariableNode>(b.Values[0]).Name.Value);
    }

    [Fact]
    public void Rejects_variables_in_constant_default_values()
    {
        SyntaxAssert.ParseFails("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Unexpected variable \"$var\" in constant value.", 1, 37);
    }

    [Theory]
    [InlineData("query Foo($x: Int = $) { field }", "Unexpected \"$\".", 1, 21)]
    [InlineData("type T { f(a: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 1, 21)]
    [InlineData("type T @dir(a: $v) { f: Int }", "Unexpected variable \"$v\" in constant value.", 1, 16)]
    [InlineData("query Q($a: Int @dir(x: $b)) { f }", "Unexpected variable \"$b\" in constant value.", 1, 25)]
    public void Rejects_variables_in_every_constant_context(string source, string message, int line, int column)
    {
        SyntaxAssert.ParseFails(source, message, line, column);
    }

    [Fact]
    public void Parses_variable_definition_directives_and_defaults()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query Foo($x: Boolean = false @bar, $y: [Int!]! = [1]) { field }").Definitions[0];
        var x = operation.VariableDefinitions[0];
        Assert.Equal("x", x.Variable.Name.Value);
        Assert.Equal("Boolean", Assert.IsType<NamedTypeNode>(x.Type).Name.Value);
        Assert.False(Assert.IsType<BooleanValueNode>(x.DefaultValue).Value);
        Assert.Equal("bar", Assert.Single(x.Directives).Name.Value);
        var y = operation.VariableDefinitions[1];
        var nonNullList = Assert.IsType<NonNullTypeNode>(y.Type);
        var list = Assert.IsType<ListTypeNode>(nonNullList.Type);
        var item = Assert.IsType<NonNullTypeNode>(list.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(item.Type).Name.Value);
    }

    [Fact]
    public void Parses_descriptions_on_operations_fragments_and_variables()
    {
        var document = Parser.Parse("\"Gets a product.\"\nquery Q(\"\"\"The id.\"\"\" $id: ID) { a }\n\"Reusable.\" fragment F on T { b }");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("Gets a product.", operation.Description!.Value);
        Assert.Equal(new Location(0, 17, 1, 1), operation.Description.Location);
        Assert.Equal(new Location(0, 54, 1, 1), operation.Location);
        var variable = operation.VariableDefinitions[0];
        Assert.Equal("The id.", variable.Description!.Value);
        Assert.True(variable.Description.Block);
        Assert.Equal(new Location(26, 47, 2, 9), variable.Location);
        var fragment = (FragmentDefinitionNode)document.Definitions[1];
        Assert.Equal("Reusable.", fragment.Description!.Value);
        Assert.Null(((OperationDefinitionNode)Parser.Parse("query { a }").Definitions[0]).Description);
    }

    [Fact]
    public void Requires_a_name_for_operation_types_in_schema_definitions()
    {
        SyntaxAssert.ParseFails("schema { }", "Expected Name, found \"}\".", 1, 10);
    }

    [Fact]
    public void Reports_a_lexical_error_after_an_operation_type_before_judging_the_name()
    {
        // graphql-js consumes the operation type name first, so the next token's error wins.
        SyntaxAssert.ParseFails("schema { query: Q mutati1.5on: M }", "Unexpected character: \".\".", 1, 26);
        SyntaxAssert.ParseFails("schema { query: Q mutation: M nope }", "Unexpected Name \"nope\".", 1, 31);
        SyntaxAssert.ParseFails("schema { nope: Q }", "Unexpected Name \"nope\".", 1, 10);
    }

    [Fact]
    public void Does_not_accept_fragments_named_on()
    {
        SyntaxAssert.ParseFails("fragment on on on { on }", "Unexpected Name \"on\".", 1, 10);
    }

    [Fact]
    public void Does_not_accept_a_fragment_spread_of_on()
    {
        SyntaxAssert.ParseFails("{ ...on }", "Expected Name, found \"}\".", 1, 9);
    }

    [Fact]
    public void Parses_multi_byte_characters()
    {
        var document = Parser.Parse("# This comment has a \u0A0A multi-byte character.\n{ field(arg: \"Has a \u0A0A multi-byte character.\") }");
        var argument = FirstField(document).Arguments[0];
        Assert.Equal("Has a \u0A0A multi-byte character.", Assert.IsType<StringValueNode>(argument.Value).Value);
    }

    [Theory]
    [InlineData("on")]
    [InlineData("fragment")]
    [InlineData("query")]
    [InlineData("mutation")]
    [InlineData("subscription")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData("type")]
    [InlineData("extend")]
    public void Allows_non_keywords_anywhere_a_name_is_allowed(string keyword)
    {
        var fragmentName = keyword == "on" ? "a" : keyword;
        var source = $"query {keyword} {{ ... {fragmentName} ... on {keyword} {{ field }} }} fragment {fragmentName} on Type {{ {keyword}({keyword}: ${keyword}) @{keyword}({keyword}: {keyword}) }}";
        var document = Parser.Parse(source);
        Assert.Equal(2, document.Definitions.Count);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(keyword, operation.Name!.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        var field = Assert.IsType<FieldNode>(fragment.SelectionSet.Selections[0]);
        Assert.Equal(keyword, field.Name.Value);
        Assert.Equal(keyword, Assert.IsType<VariableNode>(field.Arguments[0].Value).Name.Value);
    }

    [Theory]
    [InlineData("mutation { mutationField }", OperationType.Mutation, null)]
    [InlineData("mutation Foo { mutationField }", OperationType.Mutation, "Foo")]
    [InlineData("subscription { subscriptionField }", OperationType.Subscription, null)]
    [InlineData("subscription Foo { subscriptionField }", OperationType.Subscription, "Foo")]
    [InlineData("query { field }", OperationType.Query, null)]
    [InlineData("{ field }", OperationType.Query, null)]
    public void Parses_operations_of_each_type(string source, OperationType operation, string? name)
    {
        var definition = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(source).Definitions));
        Assert.Equal(operation, definition.Operation);
        Assert.Equal(name, definition.Name?.Value);
    }

    [Fact]
    public void Creates_an_ast_with_locations()
    {
        var document = Parser.Parse("{\n  node(id: 4) {\n    id,\n    name\n  }\n}\n");
        Assert.Equal(new Location(0, 41, 1, 1), document.Location);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(new Location(0, 40, 1, 1), operation.Location);
        Assert.Equal(new Location(0, 40, 1, 1), operation.SelectionSet.Location);
        var node = (FieldNode)operation.SelectionSet.Selections[0];
        Assert.Equal(new Location(4, 38, 2, 3), node.Location);
        Assert.Equal(new Location(4, 8, 2, 3), node.Name.Location);
        Assert.Equal(new Location(9, 14, 2, 8), node.Arguments[0].Location);
        Assert.Equal(new Location(9, 11, 2, 8), node.Arguments[0].Name.Location);
        Assert.Equal(new Location(13, 14, 2, 12), node.Arguments[0].Value.Location);
        Assert.Equal("4", ((IntValueNode)node.Arguments[0].Value).Value);
        Assert.Equal(new Location(16, 38, 2, 15), node.SelectionSet!.Location);
        var id = (FieldNode)node.SelectionSet.Selections[0];
        Assert.Equal(new Location(22, 24, 3, 5), id.Location);
        var name = (FieldNode)node.SelectionSet.Selections[1];
        Assert.Equal(new Location(30, 34, 4, 5), name.Location);
        Assert.Null(name.Alias);
        Assert.Empty(name.Arguments);
        Assert.Empty(name.Directives);
        Assert.Null(name.SelectionSet);
    }

    [Fact]
    public void Creates_an_ast_from_a_nameless_query_without_variables()
    {
        var document = Parser.Parse("query {\n  node {\n    id\n  }\n}\n");
        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal(new Location(0, 29, 1, 1), operation.Location);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
    }

    [Fact]
    public void Allows_parsing_without_locations()
    {
        var document = Parser.Parse("{ id(a: [1, {b: $c}]) @d { x } ...F ... on T { y } }", new ParserOptions { NoLocations = true });
        Assert.Null(document.Location);
        var locations = new LocationCollector();
        locations.Visit(document);
        Assert.True(locations.Nodes > 10);
        Assert.Equal(0, locations.WithLocation);
    }

    [Fact]
    public void Allows_comments_everywhere_in_the_source()
    {
        var document = Parser.Parse("# top comment\n{\n  field # field comment\n}\n# bottom comment");
        Assert.Equal("field", FirstField(document).Name.Value);
    }

    [Fact]
    public void Parses_aliases_arguments_directives_and_fragments()
    {
        var document = Parser.Parse("{ a: b(c: 1) @skip(if: false) { ...F @include(if: true) ... on T @d { e } ... @d2 { f } } } fragment F on T @fd { g }");
        var field = FirstField(document);
        Assert.Equal("a", field.Alias!.Value);
        Assert.Equal("b", field.Name.Value);
        Assert.Equal("a", field.ResponseName);
        Assert.Equal("skip", field.Directives[0].Name.Value);
        var spread = Assert.IsType<FragmentSpreadNode>(field.SelectionSet!.Selections[0]);
        Assert.Equal("F", spread.Name.Value);
        Assert.Equal("include", spread.Directives[0].Name.Value);
        var typed = Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[1]);
        Assert.Equal("T", typed.TypeCondition!.Name.Value);
        var untyped = Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[2]);
        Assert.Null(untyped.TypeCondition);
        Assert.Equal("d2", untyped.Directives[0].Name.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
        Assert.Equal("fd", fragment.Directives[0].Name.Value);
    }

    [Fact]
    public void Parses_every_kind_of_value()
    {
        var field = FirstField(Parser.Parse("{ f(i: -12, f: 1.5e3, s: \"x\\ty\", b: \"\"\"  block\n  text\"\"\", t: true, n: null, e: ENUM_VALUE, l: [], o: {}, v: $v) }"));
        var values = field.Arguments.Select(a => a.Value).ToList();
        Assert.Equal("-12", Assert.IsType<IntValueNode>(values[0]).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(values[1]).Value);
        var s = Assert.IsType<StringValueNode>(values[2]);
        Assert.Equal("x\ty", s.Value);
        Assert.False(s.Block);
        var block = Assert.IsType<StringValueNode>(values[3]);
        Assert.Equal("  block\ntext", block.Value);
        Assert.True(block.Block);
        Assert.True(Assert.IsType<BooleanValueNode>(values[4]).Value);
        Assert.IsType<NullValueNode>(values[5]);
        Assert.Equal("ENUM_VALUE", Assert.IsType<EnumValueNode>(values[6]).Value);
        Assert.Empty(Assert.IsType<ListValueNode>(values[7]).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(values[8]).Fields);
        Assert.Equal("v", Assert.IsType<VariableNode>(values[9]).Name.Value);
    }

    [Fact]
    public void Parses_utf8_bytes_with_byte_offsets()
    {
        var document = Parser.Parse("{ a(s: \"é\") b }"u8);
        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var b = (FieldNode)selections[1];
        Assert.Equal(new Location(13, 14, 1, 13), b.Location);
        Assert.Equal("é", ((StringValueNode)((FieldNode)selections[0]).Arguments[0].Value).Value);
    }

    [Fact]
    public void ParseValue_parses_values_with_variables()
    {
        Assert.IsType<NullValueNode>(Parser.ParseValue("null"));
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\"]"));
        Assert.Equal(new Location(0, 11, 1, 1), list.Location);
        Assert.Equal("123", Assert.IsType<IntValueNode>(list.Values[0]).Value);
        Assert.Equal(new Location(5, 10, 1, 6), list.Values[1].Location);
        var block = Assert.IsType<StringValueNode>(Parser.ParseValue("\"\"\"long\"\"\""));
        Assert.True(block.Block);
        Assert.Equal("long", block.Value);
        Assert.Equal("var", Assert.IsType<VariableNode>(Parser.ParseValue("$var")).Name.Value);
        Assert.Empty(Assert.IsType<ObjectValueNode>(Parser.ParseValue("{}")).Fields);
    }

    [Fact]
    public void ParseValue_reports_useful_errors()
    {
        SyntaxAssert.Fails(() => Parser.ParseValue("$"), "Expected Name, found <EOF>.", 1, 2);
        SyntaxAssert.Fails(() => Parser.ParseValue(":"), "Unexpected \":\".", 1, 1);
        SyntaxAssert.Fails(() => Parser.ParseValue("1 2"), "Expected <EOF>, found Int \"2\".", 1, 3);
        SyntaxAssert.Fails(() => Parser.ParseValue(""), "Unexpected <EOF>.", 1, 1);
    }

    [Fact]
    public void ParseConstValue_rejects_variables()
    {
        Assert.Equal("x", Assert.IsType<EnumValueNode>(Parser.ParseConstValue("x")).Value);
        SyntaxAssert.Fails(() => Parser.ParseConstValue("$var"), "Unexpected variable \"$var\" in constant value.", 1, 1);
        SyntaxAssert.Fails(() => Parser.ParseConstValue("{a: [$var]}"), "Unexpected variable \"$var\" in constant value.", 1, 6);
    }

    [Fact]
    public void ParseType_parses_named_list_and_non_null_types()
    {
        var named = Assert.IsType<NamedTypeNode>(Parser.ParseType("String"));
        Assert.Equal(new Location(0, 6, 1, 1), named.Location);
        Assert.Equal("MyType", Assert.IsType<NamedTypeNode>(Parser.ParseType("MyType")).Name.Value);
        var list = Assert.IsType<ListTypeNode>(Parser.ParseType("[MyType]"));
        Assert.Equal(new Location(0, 8, 1, 1), list.Location);
        Assert.Equal(new Location(1, 7, 1, 2), list.Type.Location);
        var nonNull = Assert.IsType<NonNullTypeNode>(Parser.ParseType("MyType!"));
        Assert.Equal(new Location(0, 7, 1, 1), nonNull.Location);
        var nested = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[MyType!]!"));
        Assert.IsType<NonNullTypeNode>(Assert.IsType<ListTypeNode>(nested.Type).Type);
        SyntaxAssert.Fails(() => Parser.ParseType("MyType!!"), "Expected <EOF>, found \"!\".", 1, 8);
        SyntaxAssert.Fails(() => Parser.ParseType("[MyType"), "Expected \"]\", found <EOF>.", 1, 8);
    }

    [Fact]
    public void Parses_a_large_document_with_many_definitions()
    {
        var source = string.Join("\n", Enumerable.Range(0, 500).Select(i => $"query Q{i}($v: Int = {i}) {{ f{i}(a: $v) {{ id }} }}"));
        var document = Parser.Parse(source, new ParserOptions { MaxTokens = 100_000 });
        Assert.Equal(500, document.Definitions.Count);
        Assert.Equal("Q499", ((OperationDefinitionNode)document.Definitions[499]).Name!.Value);
    }

    [Fact]
    public void Parses_the_same_names_to_equal_strings_across_documents()
    {
        var first = FirstField(Parser.Parse("{ productName }"));
        var second = FirstField(Parser.Parse("{ productName }"));
        Assert.Equal(first.Name.Value, second.Name.Value);
        Assert.Same(first.Name.Value, second.Name.Value);
    }

    internal static FieldNode FirstField(DocumentNode document)
        => (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];

    private sealed class LocationCollector : SyntaxVisitor
    {
        public int Nodes { get; private set; }

        public int WithLocation { get; private set; }

        protected override VisitorAction Enter(SyntaxNode node)
        {
            Nodes++;
            if (node.Location is not null)
            {
                WithLocation++;
            }

            return VisitorAction.Continue;
        }
    }
}
