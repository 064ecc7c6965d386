using ECommerce.Testing;
using Gql.Fusion.Composition;
using static Gql.Fusion.Tests.Composition.Composer;

namespace Gql.Fusion.Tests.Composition;

/// <summary>The committed schema files of the five shop subgraphs compose under the spec's default rules.</summary>
public sealed class ShopSchemaFilesCompositionTests
{
    private static readonly FusionSourceSchemas Shop = FusionSourceSchemas.Load(Path.Combine(RepositoryRoot.Find(), "fusion.json"));

    [Fact]
    public void The_five_shop_subgraphs_compose_with_shareable_fields_required()
    {
        var result = new SchemaComposer(new CompositionOptions { RequireShareableFields = true }).Compose(Shop.Found);

        AssertSucceeded(result);
        Assert.Equal(["users", "products", "inventory", "orders", "payments"], result.SourceSchemaNames);
        Assert.DoesNotContain(result.Errors, e => e.Code == CompositionErrorCodes.InvalidFieldSharing);
    }

    [Fact]
    public void Fusion_json_requires_shareable_fields()
    {
        Assert.True(Shop.Options.RequireShareableFields);
    }

    [Theory]
    [InlineData("PageInfo", new[] { "users", "products", "orders" })]
    [InlineData("InvalidInputError", new[] { "users", "products", "inventory", "orders", "payments" })]
    [InlineData("InsufficientStockError", new[] { "inventory", "orders" })]
    [InlineData("PaymentDeclinedError", new[] { "orders", "payments" })]
    public void A_value_type_several_subgraphs_define_is_shareable_in_each(string typeName, string[] subgraphs)
    {
        var defining = Shop.Found.Where(s => s.Sdl.Contains($"type {typeName} ", StringComparison.Ordinal)).ToList();

        Assert.Equal(subgraphs, defining.Select(s => s.Name));
        Assert.All(defining, s => Assert.Matches($@"type {typeName} (implements \w+ )?@shareable {{", s.Sdl));
    }
}
