using Gql.Fusion.Metadata;
using Gql.Fusion.Tests.Subgraphs;
using Gql.Language;

namespace Gql.Fusion.Tests.Metadata;

/// <summary>The execution schema built from the sample subgraphs' source schemas.</summary>
public class FusionSchemaBuilderTests
{
    private static readonly FusionSchema Schema = SampleSubgraphs.Compose();

    [Fact]
    public void Fields_name_the_subgraphs_that_resolve_them_and_external_declarations_are_not_sources()
    {
        var product = Schema.GetType("Product");

        Assert.Equal(new[] { "products", "inventory", "reviews" }, product.Subgraphs);
        Assert.Equal(new[] { "products" }, product.GetField("price").Sources.Select(s => s.Subgraph));
        Assert.Equal(new[] { "products", "inventory", "reviews" }, product.GetField("upc").Sources.Select(s => s.Subgraph));
        Assert.Equal(new[] { "reviews" }, product.GetField("reviews").Sources.Select(s => s.Subgraph));
        Assert.Equal("Review", product.GetField("reviews").TypeName);
    }

    [Fact]
    public void Require_arguments_become_requirements_of_their_source()
    {
        var estimate = Schema.GetType("Product").GetField("shippingEstimate");

        var source = Assert.Single(estimate.Sources);
        Assert.Equal("inventory", source.Subgraph);
        Assert.Equal(new[] { "price", "weight" }, source.Requirements.Select(r => r.ArgumentName));
        Assert.Equal(new[] { "weight" }, source.Requirements[1].Path);
        Assert.Empty(estimate.Arguments);
    }

    [Fact]
    public void Lookups_are_listed_per_subgraph_with_their_key_paths_and_internal_flag()
    {
        var lookups = Schema.GetType("Product").Lookups;

        Assert.Equal(new[] { "products", "inventory", "reviews" }, lookups.Select(l => l.Subgraph));
        Assert.All(lookups, l => Assert.Equal("productByUpc", l.FieldName));
        Assert.All(lookups, l => Assert.Equal(new[] { "upc" }, Assert.Single(l.Arguments).KeyPath));
        Assert.Equal(new[] { false, true, true }, lookups.Select(l => l.IsInternal));
        Assert.False(lookups[0].IsBatch);
        Assert.True(Schema.GetType("Query").GetField("userById").IsInternal);
        Assert.False(Schema.GetType("Query").GetField("productByUpc").IsInternal);
    }

    [Fact]
    public void Public_schema_leaves_out_internal_fields_requirement_arguments_and_source_directives()
    {
        SnapshotAssert.Matches("sample-public-schema.graphql", SyntaxPrinter.Print(Schema.PublicSchema) + "\n");
    }

    [Fact]
    public void Subgraph_endpoints_can_be_swapped_without_rebuilding_types()
    {
        var moved = Schema.WithSubgraphs(Schema.Subgraphs.Select(s => s with { HttpUrl = new Uri("http://elsewhere/graphql") }));

        Assert.Equal("http://elsewhere/graphql", moved.GetSubgraph("reviews").HttpUrl.ToString());
        Assert.Same(Schema.GetType("Product"), moved.GetType("Product"));
    }
}
