using Gql.Federation.Tests.Shared;
using Gql.Federation.Tests.Shipping;
using Gql.Types;

namespace Gql.Federation.Tests;

/// <summary><c>AddShareableTypes</c>: value types another library declares get <c>@shareable</c> in both SDLs.</summary>
public sealed class SharedValueTypeTests
{
    [Fact]
    public void A_named_type_prints_shareable_with_the_directive_definition()
    {
        var schema = SchemaBuilder.New().AddQueryType<ShelfQuery>().AddShareableTypes("Dimensions").Build();

        var sdl = FederationSchemaPrinter.PrintSourceSchema(schema);

        Assert.Contains("type Dimensions @shareable {", sdl, StringComparison.Ordinal);
        Assert.Contains(SourceSchemaDirectives.Definitions[FederationDirectiveNames.Shareable], sdl, StringComparison.Ordinal);
        Assert.Contains("type Query {", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Attributes_that_also_use_shareable_leave_one_definition_and_one_application()
    {
        var schema = SchemaBuilder.New().AddQueryType<ShippingQuery>().AddShareableTypes("Parcel").Build();

        var sdl = FederationSchemaPrinter.PrintSourceSchema(schema);

        Assert.Single(AllIndexesOf(sdl, "directive @shareable"));
        Assert.Single(AllIndexesOf(sdl, "@shareable {"));
    }

    [Fact]
    public void The_apollo_subgraph_keeps_shareable_on_the_type()
    {
        var schema = SchemaBuilder.New().AddQueryType<ShelfQuery>().AddShareableTypes("Dimensions").Build();

        var sdl = FederationSchemaPrinter.PrintApolloSubgraph(schema);

        Assert.Contains("type Dimensions @shareable {", sdl, StringComparison.Ordinal);
        Assert.Contains("\"@shareable\"", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_type_name_fails_the_build()
    {
        var builder = SchemaBuilder.New().AddQueryType<ShelfQuery>().AddShareableTypes("PageInfo");

        var error = Assert.Throws<SchemaException>(() => builder.Build());

        Assert.Contains("\"PageInfo\"", error.Message, StringComparison.Ordinal);
    }

    private static List<int> AllIndexesOf(string text, string value)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }
}
