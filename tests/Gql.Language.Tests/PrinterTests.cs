using Gql.Language.Syntax;

namespace Gql.Language.Tests;

public class PrinterTests
{
    [Fact]
    public void Prints_a_minimal_ast()
    {
        var field = new FieldNode(null, null, new NameNode(null, "foo"), [], [], null);
        Assert.Equal("foo", SyntaxPrinter.Print(field));
        Assert.Equal("scalar foo", SyntaxPrinter.Print(new ScalarTypeDefinitionNode(null, null, new NameNode(null, "foo"), [])));
    }

    [Fact]
    public void Nodes_print_themselves_as_graphql_source()
    {
        var document = Parser.Parse("{ a(b: [1, $c]) @d }");
        Assert.Equal("{\n  a(b: [1, $c]) @d\n}", document.ToString());
        Assert.Equal("[1, $c]", ParserTests.FirstField(document).Arguments[0].Value.ToString());
    }

    [Fact]
    public void Prints_a_query_operation_without_name_in_short_form()
    {
        Assert.Equal("{\n  id\n  name\n}", SyntaxPrinter.Print(Parser.Parse("query { id, name }")));
    }

    [Fact]
    public void Prints_a_query_operation_with_name_directives_or_variables()
    {
        Assert.Equal("query Foo {\n  id\n}", SyntaxPrinter.Print(Parser.Parse("query Foo { id }")));
        Assert.Equal("query @dir {\n  id\n}", SyntaxPrinter.Print(Parser.Parse("query @dir { id }")));
        Assert.Equal("query ($a: Int) {\n  id\n}", SyntaxPrinter.Print(Parser.Parse("query ($a: Int) { id }")));
    }

    [Fact]
    public void Prints_mutations_and_subscriptions_with_their_keyword()
    {
        Assert.Equal("mutation {\n  id\n}", SyntaxPrinter.Print(Parser.Parse("mutation { id }")));
        Assert.Equal("subscription S @d {\n  id\n}", SyntaxPrinter.Print(Parser.Parse("subscription S @d { id }")));
    }

    [Fact]
    public void Prints_a_query_with_variable_directives()
    {
        var document = Parser.Parse("query ($foo: TestType = { a: 123 } @testDirective(if: true) @test) { id }");
        Assert.Equal("query ($foo: TestType = {a: 123} @testDirective(if: true) @test) {\n  id\n}", SyntaxPrinter.Print(document));
    }

    [Fact]
    public void Keeps_arguments_on_one_line_when_the_line_is_short()
    {
        var document = Parser.Parse("{trip(wheelchair:false arriveBy:false){dateTime}}");
        Assert.Equal("{\n  trip(wheelchair: false, arriveBy: false) {\n    dateTime\n  }\n}", SyntaxPrinter.Print(document));
    }

    [Fact]
    public void Puts_arguments_on_multiple_lines_when_the_line_is_longer_than_80_characters()
    {
        var document = Parser.Parse("{trip(wheelchair:false arriveBy:false includePlannedCancellations:true transitDistanceReluctance:2000){dateTime}}");
        Assert.Equal(
            "{\n  trip(\n    wheelchair: false\n    arriveBy: false\n    includePlannedCancellations: true\n    transitDistanceReluctance: 2000\n  ) {\n    dateTime\n  }\n}",
            SyntaxPrinter.Print(document));
    }

    [Fact]
    public void Measures_the_argument_line_without_the_indentation()
    {
        // 80 characters exactly at any depth stays on one line.
        var field = "f(aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4, eeeeeeeeeeeeee: 5)";
        Assert.Equal(80, field.Length);
        var printed = SyntaxPrinter.Print(Parser.Parse("{ a { b { c { " + field + " } } } }"));
        Assert.Contains("      " + field + "\n", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_the_kitchen_sink_query_exactly()
    {
        var document = Parser.Parse(KitchenSink.Query);
        Assert.Equal(KitchenSink.Query, SyntaxPrinter.Print(document));
    }

    [Fact]
    public void Prints_messy_source_in_canonical_form()
    {
        var messy = """
            # leading comment
            query   Q ( $a :Int=1 , $b:[ String ! ] ! ) @d( x : 1 ){
              a : field ( arg : "x" , other : [ 1 , 2 ] , obj : { k : v } ) @skip ( if : $a ) { id , ...F }
              ... on T { x } # trailing
            }
            fragment F on T@f{ id }
            """;
        Assert.Equal(
            "query Q($a: Int = 1, $b: [String!]!) @d(x: 1) {\n  a: field(arg: \"x\", other: [1, 2], obj: {k: v}) @skip(if: $a) {\n    id\n    ...F\n  }\n  ... on T {\n    x\n  }\n}\n\nfragment F on T @f {\n  id\n}",
            SyntaxPrinter.Print(Parser.Parse(messy)));
    }

    [Fact]
    public void Prints_descriptions_of_executable_definitions()
    {
        var document = Parser.Parse("\"Op\" query Q(\"Var\" $a: Int, $b: Int) { a } \"\"\"Frag\"\"\" fragment F on T { b } \"Anonymous\" query { c }");
        Assert.Equal(
            "\"Op\"\nquery Q(\n\"Var\"\n$a: Int\n$b: Int\n) {\n  a\n}\n\n\"\"\"Frag\"\"\"\nfragment F on T {\n  b\n}\n\n\"Anonymous\"\nquery {\n  c\n}",
            SyntaxPrinter.Print(document));
    }

    [Fact]
    public void Prints_string_values_with_graphql_js_escapes()
    {
        Assert.Equal("\"a\\\"b\\\\c\\nd\\te\\rf\\bg\\fh\"", SyntaxPrinter.Print(new StringValueNode(null, "a\"b\\c\nd\te\rf\bg\fh", false)));
        Assert.Equal("\"\\u0000\\u001F\\u007F\\u009F \u00A0é😀/\"", SyntaxPrinter.Print(new StringValueNode(null, "\u0000\u001F\u007F\u009F \u00A0é😀/", false)));
        Assert.Equal("\"\\u000B\"", SyntaxPrinter.PrintString("\u000B"));
    }

    [Fact]
    public void Prints_block_strings_at_their_indentation()
    {
        var document = Parser.Parse("{ a { b(c: \"\"\"\n    line one\n      line two\n  \"\"\") } }");
        Assert.Equal("{\n  a {\n    b(c: \"\"\"\n    line one\n      line two\n    \"\"\")\n  }\n}", SyntaxPrinter.Print(document));
        var reparsed = Parser.Parse(SyntaxPrinter.Print(document));
        var value = (StringValueNode)((FieldNode)((FieldNode)((OperationDefinitionNode)reparsed.Definitions[0]).SelectionSet.Selections[0]).SelectionSet!.Selections[0]).Arguments[0].Value;
        Assert.Equal("line one\n  line two", value.Value);
    }

    [Fact]
    public void Prints_values_types_and_directives_on_their_own()
    {
        Assert.Equal("[1, \"two\", {three: THREE, four: $four}, null, true, 5.5]", SyntaxPrinter.Print(Parser.ParseValue("[1 \"two\" {three: THREE four: $four} null true 5.5]")));
        Assert.Equal("[[Int!]]!", SyntaxPrinter.Print(Parser.ParseType("[ [ Int ! ] ]!")));
        var directive = ((OperationDefinitionNode)Parser.Parse("{ a @include(if: $x) }").Definitions[0]).SelectionSet.Selections[0].Directives[0];
        Assert.Equal("@include(if: $x)", SyntaxPrinter.Print(directive));
    }

    [Fact]
    public void Prints_constructed_nodes_with_empty_selection_sets_like_graphql_js()
    {
        var name = new NameNode(null, "f");
        var emptySet = new SelectionSetNode(null, []);
        Assert.Equal("f", SyntaxPrinter.Print(new FieldNode(null, null, name, [], [], emptySet)));
        Assert.Equal("...", SyntaxPrinter.Print(new InlineFragmentNode(null, null, [], emptySet)));
        Assert.Equal("query Q ", SyntaxPrinter.Print(new OperationDefinitionNode(null, OperationType.Query, new NameNode(null, "Q"), [], [], emptySet)));
        Assert.Equal(string.Empty, SyntaxPrinter.Print(new DocumentNode(null, [])));
    }

    [Fact]
    public void Prints_a_compact_single_line_form()
    {
        var document = Parser.Parse(KitchenSink.Query);
        var compact = SyntaxPrinter.PrintCompact(document);
        Assert.DoesNotContain("\n", compact, StringComparison.Ordinal);
        Assert.StartsWith("query ProductPage($id:ID!,$first:Int=10,", compact, StringComparison.Ordinal);
        Assert.Contains("body(format:\"Markdown with \\\"quotes\\\"\\nand a second line\")", compact, StringComparison.Ordinal);
        var reparsed = Parser.Parse(compact);
        Assert.Equal(SyntaxPrinter.Print(document).Replace("body(format: \"\"\"\n  Markdown with \"quotes\"\n  and a second line\n  \"\"\")", "body(format: \"Markdown with \\\"quotes\\\"\\nand a second line\")", StringComparison.Ordinal), SyntaxPrinter.Print(reparsed));
        Assert.Equal("{a b(c:1){d}} fragment F on T{e}", SyntaxPrinter.PrintCompact(Parser.Parse("{\n  a\n  b(c: 1) {\n    d\n  }\n}\n\nfragment F on T {\n  e\n}")));
    }
}
