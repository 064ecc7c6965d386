using Gql.Federation.Tests.Shipping;
using Gql.Language;
using Gql.Types;

namespace Gql.Federation.Tests;

/// <summary>The Composite Schemas source schema SDL the attributes produce (what a Fusion-style composition reads).</summary>
public sealed class SourceSchemaSdlTests
{
    [Fact]
    public void Products_source_schema_has_key_lookup_and_their_definitions()
    {
        using var products = new SubgraphFixture("products");

        var sdl = FederationSchemaPrinter.PrintSourceSchema(products.Schema);

        Assert.Equal(Snapshots.ProductsSourceSchema, sdl);
    }

    [Fact]
    public void Reviews_source_schema_has_an_internal_lookup()
    {
        using var reviews = new SubgraphFixture("reviews");

        var sdl = FederationSchemaPrinter.PrintSourceSchema(reviews.Schema);

        Assert.Equal(Snapshots.ReviewsSourceSchema, sdl);
    }

    [Fact]
    public void Every_attribute_prints_its_source_schema_directive()
    {
        var schema = SchemaBuilder.New().AddQueryType<ShippingQuery>().Build();

        var sdl = FederationSchemaPrinter.PrintSourceSchema(schema);

        Assert.Equal(Snapshots.ShippingSourceSchema, sdl);
    }

    [Fact]
    public void Directive_definitions_print_exactly_as_the_spec_writes_them()
    {
        var schema = SchemaBuilder.New().AddQueryType<ShippingQuery>().Build();

        foreach (var (name, text) in SourceSchemaDirectives.Definitions)
        {
            var definition = schema.GetDirective(name);
            Assert.NotNull(definition);
            Assert.Equal(text, SchemaPrinter.PrintDirective(definition));
        }
    }

    [Fact]
    public void The_source_schema_parses_and_builds_as_a_schema_again()
    {
        var schema = SchemaBuilder.New().AddQueryType<ShippingQuery>().Build();
        var sdl = FederationSchemaPrinter.PrintSourceSchema(schema);

        var rebuilt = SchemaBuilder.New().AddDocument(Parser.Parse(sdl)).Build();

        Assert.Equal(["id"], rebuilt.GetType<ObjectType>("Parcel")!.Directives
            .Where(d => d.Name.Value == "key")
            .Select(d => ((Language.Syntax.StringValueNode)d.Arguments[0].Value).Value));
    }
}
