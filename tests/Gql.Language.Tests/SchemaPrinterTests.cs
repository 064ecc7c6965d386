using Gql.Language.Syntax;

namespace Gql.Language.Tests;

public class SchemaPrinterTests
{
    [Fact]
    public void Prints_a_minimal_ast()
    {
        Assert.Equal("scalar foo", SyntaxPrinter.Print(new ScalarTypeDefinitionNode(null, null, new NameNode(null, "foo"), [])));
    }

    [Fact]
    public void Prints_the_kitchen_sink_schema_exactly()
    {
        Assert.Equal(KitchenSink.Schema, SyntaxPrinter.Print(Parser.Parse(KitchenSink.Schema)));
    }

    [Fact]
    public void Prints_messy_sdl_in_canonical_form()
    {
        var messy = """
            type   Query implements&A&B@d{a(x:Int=1,y:[String!]!):[Int]@deprecated b:Int}
            union U=|A|B
            enum E{X,Y}
            input I{a:Int=1 @x}
            directive @d(a:Int)repeatable on|FIELD|QUERY
            """;
        Assert.Equal(
            "type Query implements A & B @d {\n  a(x: Int = 1, y: [String!]!): [Int] @deprecated\n  b: Int\n}\n\nunion U = A | B\n\nenum E {\n  X\n  Y\n}\n\ninput I {\n  a: Int = 1 @x\n}\n\ndirective @d(a: Int) repeatable on FIELD | QUERY",
            SyntaxPrinter.Print(Parser.Parse(messy)));
    }

    [Fact]
    public void Prints_single_line_block_descriptions_on_one_line()
    {
        var document = Parser.Parse("\"\"\"\n  Short.\n\"\"\"\ntype T {\n  \"\"\"\n    Field.\n  \"\"\"\n  f: Int\n}");
        Assert.Equal("\"\"\"Short.\"\"\"\ntype T {\n  \"\"\"Field.\"\"\"\n  f: Int\n}", SyntaxPrinter.Print(document));
    }

    [Fact]
    public void Prints_arguments_with_descriptions_on_separate_lines()
    {
        var document = Parser.Parse("directive @d(\"a\" a: Int, b: Int) on FIELD type T { f(\"\"\"x\ny\"\"\" a: Int): Int }");
        Assert.Equal(
            "directive @d(\n  \"a\"\n  a: Int\n  b: Int\n) on FIELD\n\ntype T {\n  f(\n    \"\"\"\n    x\n    y\n    \"\"\"\n    a: Int\n  ): Int\n}",
            SyntaxPrinter.Print(document));
    }

    [Fact]
    public void Prints_type_system_nodes_on_their_own()
    {
        var type = (ObjectTypeDefinitionNode)Parser.Parse("type T { \"d\" f(a: Int = 2 @x): [T!] @y }").Definitions[0];
        Assert.Equal("\"d\"\nf(a: Int = 2 @x): [T!] @y", SyntaxPrinter.Print(type.Fields[0]));
        Assert.Equal("a: Int = 2 @x", SyntaxPrinter.Print(type.Fields[0].Arguments[0]));
        var schema = (SchemaDefinitionNode)Parser.Parse("schema { query: Q }").Definitions[0];
        Assert.Equal("query: Q", SyntaxPrinter.Print(schema.OperationTypes[0]));
        var enumType = (EnumTypeDefinitionNode)Parser.Parse("enum E { \"v\" V @d }").Definitions[0];
        Assert.Equal("\"v\"\nV @d", SyntaxPrinter.Print(enumType.Values[0]));
    }

    [Fact]
    public void Prints_the_compact_form_of_the_kitchen_sink_schema()
    {
        var compact = SyntaxPrinter.PrintCompact(Parser.Parse(KitchenSink.Schema));
        Assert.DoesNotContain("\n", compact, StringComparison.Ordinal);
        Assert.StartsWith("\"The commerce graph's entry points.\" schema @link(url:\"https://specs.example/v1\"){query:Query mutation:Mutation subscription:Subscription}", compact, StringComparison.Ordinal);
        Assert.Equal(SyntaxPrinter.PrintCompact(Parser.Parse(compact)), compact);
    }
}
