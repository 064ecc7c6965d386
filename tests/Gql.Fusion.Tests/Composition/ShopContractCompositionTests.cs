using Gql.Fusion.Composition;
using static Gql.Fusion.Tests.Composition.Composer;

namespace Gql.Fusion.Tests.Composition;

/// <summary>
/// The entity contracts between the shop's subgraphs (notes COMMON.md, "Contracts"), cut down to
/// their keys and lookups: Products owns Product, Inventory and Orders contribute to it, Payments
/// contributes Order.payment, Orders contributes User.orders.
/// </summary>
public sealed class ShopContractCompositionTests
{
    private const string Users = """
        type Query { me: User userById(id: ID!): User @lookup @internal }
        type User @key(fields: "id") { id: ID! name: String! }
        """;

    private const string Products = """
        type Query { productById(id: ID!): Product @lookup productsByIds(ids: [ID!]!): [Product]! }
        type Product @key(fields: "id") { id: ID! name: String! price: Decimal! }
        scalar Decimal
        """;

    private const string Inventory = """
        type Query { productById(id: ID!): Product @lookup @internal }
        type Product @key(fields: "id") { id: ID! inStock: Boolean! inventory: InventoryLevel! }
        type InventoryLevel { onHand: Int! available: Int! }
        """;

    private const string Orders = """
        type Query { orderById(id: ID!): Order @lookup cart: Cart userById(id: ID!): User @lookup @internal }
        type Order @key(fields: "id") { id: ID! items: [OrderItem!]! total: Decimal! }
        type OrderItem { product: Product! quantity: Int! }
        type Cart { items: [OrderItem!]! }
        type Product @key(fields: "id") { id: ID! }
        type User @key(fields: "id") { id: ID! orders: [Order!]! }
        scalar Decimal
        """;

    private const string Payments = """
        type Query { paymentById(id: ID!): Payment @lookup orderById(id: ID!): Order @lookup @internal }
        type Payment @key(fields: "id") { id: ID! orderId: ID! status: PaymentStatus! }
        enum PaymentStatus { PROCESSING SUCCEEDED FAILED }
        type Order @key(fields: "id") { id: ID! payment: Payment }
        """;

    [Fact]
    public void The_shop_contracts_compose_and_every_entity_field_is_reachable()
    {
        var result = new SchemaComposer().Compose(
        [
            new SourceSchemaText("users", Users),
            new SourceSchemaText("products", Products),
            new SourceSchemaText("inventory", Inventory),
            new SourceSchemaText("orders", Orders),
            new SourceSchemaText("payments", Payments),
        ]);

        AssertSucceeded(result);
        Assert.Contains("type Product {\n  id: ID!\n  name: String!\n  price: Decimal!\n  inStock: Boolean!\n  inventory: InventoryLevel!\n}", result.PublicSdl, StringComparison.Ordinal);
        Assert.Contains("type Order {\n  id: ID!\n  items: [OrderItem!]!\n  total: Decimal!\n  payment: Payment\n}", result.PublicSdl, StringComparison.Ordinal);
        Assert.Contains("type User {\n  id: ID!\n  name: String!\n  orders: [Order!]!\n}", result.PublicSdl, StringComparison.Ordinal);
        Assert.Equal(["inventory"], Resolvers(result, "Product", "inStock"));
        Assert.Equal(["users", "products", "inventory", "orders", "payments"], result.SourceSchemaNames);
    }

    [Fact]
    public void Without_the_internal_lookup_of_inventory_its_product_fields_are_unsatisfiable_from_products_and_orders()
    {
        var result = new SchemaComposer().Compose(
        [
            new SourceSchemaText("products", Products),
            new SourceSchemaText("inventory", Inventory.Replace("productById(id: ID!): Product @lookup @internal", "levels: [InventoryLevel!]!", StringComparison.Ordinal)),
            new SourceSchemaText("orders", Orders.Replace(" userById(id: ID!): User @lookup @internal", string.Empty, StringComparison.Ordinal).Replace("type User @key(fields: \"id\") { id: ID! orders: [Order!]! }", string.Empty, StringComparison.Ordinal)),
        ]);

        Assert.Equal(
            [("orders", "Product.inStock"), ("orders", "Product.inventory"), ("products", "Product.inStock"), ("products", "Product.inventory")],
            result.Errors.Select(e => (e.SchemaName!, e.Coordinate!)).Order());
        Assert.All(result.Errors, e => Assert.Equal(CompositionErrorCodes.UnsatisfiableQueryPath, e.Code));
        Assert.All(result.Errors, e => Assert.Contains("schema 'inventory' has no lookup for 'Product'", e.Message, StringComparison.Ordinal));
    }
}
