using Gql.Fusion.Metadata;
using static Gql.Fusion.Tests.Composition.Composer;

namespace Gql.Fusion.Tests.Composition;

public sealed class ExecutionSchemaTests
{
    private static readonly string[] Schemas =
    [
        "type Query { productById(id: ID!): Product @lookup }\ntype Product @key(fields: \"id\") { id: ID! name: String }",
        "type Query { productById(id: ID!): Product @lookup @internal }\ntype Product @key(fields: \"id\") { id: ID! inStock: Boolean shipping(weight: Int @require(field: \"name\")): Int }",
    ];

    [Fact]
    public void Composition_gives_the_gateway_its_execution_schema()
    {
        var result = Compose(Schemas);

        var schema = result.ToFusionSchema([new SubgraphEndpoint("a", new Uri("http://127.0.0.1:1/graphql")), new SubgraphEndpoint("b", new Uri("http://127.0.0.1:2/graphql"))]);

        Assert.Equal(result.PublicSdl, Gql.Language.SyntaxPrinter.Print(schema.PublicSchema) + "\n");
        Assert.Equal("Query", schema.QueryType);
        var product = schema.GetType("Product");
        Assert.Equal(["a", "b"], product.Lookups.Select(l => l.Subgraph));
        Assert.Equal(["b"], product.GetField("shipping").Sources.Select(s => s.Subgraph));
        Assert.Empty(product.GetField("shipping").Arguments);
        Assert.Equal("weight", Assert.Single(product.GetField("shipping").Sources[0].Requirements).ArgumentName);
    }

    [Fact]
    public void Execution_schema_needs_an_endpoint_for_every_composed_subgraph()
    {
        var result = Compose(Schemas);

        var error = Assert.Throws<ArgumentException>(() => result.ToFusionSchema([new SubgraphEndpoint("a", new Uri("http://127.0.0.1:1/graphql"))]));

        Assert.Contains("\"b\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_composition_has_no_execution_schema()
    {
        var result = Compose("type Query { a: [Int] @lookup }");

        Assert.Throws<InvalidOperationException>(() => result.ToFusionSchema([]));
        Assert.Empty(result.Types);
    }
}
