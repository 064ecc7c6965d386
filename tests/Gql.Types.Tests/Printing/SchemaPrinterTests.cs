namespace Gql.Types.Tests.Printing;

public class SchemaPrinterTests
{
    [Theory]
    [InlineData("KitchenSink")]
    [InlineData("EdgeCases")]
    [InlineData("MoreCases")]
    public void Print_Schema_MatchesGraphqlJsPrintSchema(string name)
    {
        var schema = TestSchemas.Build(TestSchemas.ReadTestData(name + ".graphql"));

        var printed = SchemaPrinter.Print(schema);

        Assert.Equal(TestSchemas.ReadTestData(name + ".printed.graphql"), printed);
    }

    [Fact]
    public void PrintIntrospectionSchema_MatchesGraphqlJs()
    {
        var schema = TestSchemas.Build("type Query { a: Int }");

        var printed = SchemaPrinter.PrintIntrospectionSchema(schema);

        Assert.Equal(TestSchemas.ReadTestData("Introspection.printed.graphql"), printed);
    }

    [Fact]
    public void Print_PrintedSchema_BuildsTheSameSchemaAgain()
    {
        var printed = SchemaPrinter.Print(TestSchemas.Build(TestSchemas.ReadTestData("KitchenSink.graphql")));

        var reprinted = SchemaPrinter.Print(TestSchemas.Build(printed));

        Assert.Equal(printed, reprinted);
    }

    [Fact]
    public void Print_WithAppliedDirectives_PrintsThemOnEveryMember()
    {
        var schema = TestSchemas.Build("""
            schema @link(url: "https://specs.apollo.dev/federation/v2.3") { query: Query }
            directive @link(url: String!) repeatable on SCHEMA
            directive @key(fields: String!) repeatable on OBJECT
            directive @tag(name: String!) repeatable on FIELD_DEFINITION | ARGUMENT_DEFINITION | ENUM_VALUE | INPUT_FIELD_DEFINITION | ENUM | SCALAR | UNION | INPUT_OBJECT | INTERFACE
            type Query { product(id: ID! @tag(name: "arg")): Product @tag(name: "field") @deprecated }
            type Product @key(fields: "id") @key(fields: "sku") { id: ID!, sku: String }
            enum E @tag(name: "enum") { A @tag(name: "value") }
            input I @oneOf @tag(name: "input") { a: Int @tag(name: "input field") }
            scalar S @specifiedBy(url: "https://example.com") @tag(name: "scalar")
            union U @tag(name: "union") = Product
            interface N @tag(name: "interface") { id: ID! }
            """);

        var printed = SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = true });

        Assert.Contains("schema @link(url: \"https://specs.apollo.dev/federation/v2.3\") {\n  query: Query\n}", printed, StringComparison.Ordinal);
        Assert.Contains("product(id: ID! @tag(name: \"arg\")): Product @deprecated @tag(name: \"field\")", printed, StringComparison.Ordinal);
        Assert.Contains("type Product @key(fields: \"id\") @key(fields: \"sku\") {", printed, StringComparison.Ordinal);
        Assert.Contains("enum E @tag(name: \"enum\") {\n  A @tag(name: \"value\")\n}", printed, StringComparison.Ordinal);
        Assert.Contains("input I @oneOf @tag(name: \"input\") {\n  a: Int @tag(name: \"input field\")\n}", printed, StringComparison.Ordinal);
        Assert.Contains("scalar S @specifiedBy(url: \"https://example.com\") @tag(name: \"scalar\")", printed, StringComparison.Ordinal);
        Assert.Contains("union U @tag(name: \"union\") = Product", printed, StringComparison.Ordinal);
        Assert.Contains("interface N @tag(name: \"interface\") {", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_SchemaDirectivesAsExtension_PrintsExtendSchemaForDefaultRootNames()
    {
        var schema = TestSchemas.Build("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            directive @link(url: String!, import: [String]) repeatable on SCHEMA
            type Query { a: Int }
            """);

        var printed = SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeAppliedDirectives = true, SchemaDirectivesAsExtension = true });

        Assert.StartsWith(
            "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\"])\n\ndirective @link",
            printed,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Print_WithoutAppliedDirectivesOption_LeavesThemOut()
    {
        var schema = TestSchemas.Build("directive @key(fields: String!) on OBJECT type Query @key(fields: \"id\") { id: ID }");

        var printed = SchemaPrinter.Print(schema);

        Assert.Equal("directive @key(fields: String!) on OBJECT\n\ntype Query {\n  id: ID\n}", printed);
    }

    [Fact]
    public void Print_ExcludedAppliedDirectives_AreLeftOut()
    {
        var schema = TestSchemas.Build("directive @a on OBJECT directive @b on OBJECT type Query @a @b { id: ID }");

        var printed = SchemaPrinter.Print(schema, new SchemaPrinterOptions
        {
            IncludeAppliedDirectives = true,
            ExcludedAppliedDirectives = new HashSet<string> { "a" },
        });

        Assert.Contains("type Query @b {", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_NonDefaultRootNames_PrintsSchemaDefinition()
    {
        var schema = TestSchemas.Build("schema { query: Root mutation: Change } type Root { a: Int } type Change { b: Int }");

        var printed = SchemaPrinter.Print(schema);

        Assert.StartsWith("schema {\n  query: Root\n  mutation: Change\n}\n\ntype Root", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Print_IncludeBuiltIns_PrintsSpecifiedDirectivesAndScalars()
    {
        var schema = TestSchemas.Build("type Query { a: Int }");

        var printed = SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeBuiltIns = true });

        Assert.Contains("  if: Boolean!\n) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT", printed, StringComparison.Ordinal);
        Assert.Contains("directive @oneOf on INPUT_OBJECT", printed, StringComparison.Ordinal);
        Assert.Contains("scalar Int", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("__Schema", printed, StringComparison.Ordinal);
    }
}
