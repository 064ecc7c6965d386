using Gql.Fusion.Composition;
using static Gql.Fusion.Tests.Composition.Composer;

namespace Gql.Fusion.Tests.Composition;

public sealed class SatisfiabilityTests
{
    private const string Products = """
        type Query { productById(id: ID!): Product @lookup products: [Product!]! }
        type Product @key(fields: "id") { id: ID! name: String! }
        """;

    [Fact]
    public void Field_of_a_schema_without_a_lookup_is_UNSATISFIABLE_QUERY_PATH_naming_the_schema_and_coordinate()
    {
        var result = Compose(Products, """
            type Query { stockLevels: [Int!]! }
            type Product @key(fields: "id") { id: ID! inStock: Boolean! }
            """);

        var error = SingleError(result, CompositionErrorCodes.UnsatisfiableQueryPath);
        Assert.Equal(("a", "Product.inStock"), (error.SchemaName!, error.Coordinate!));
        Assert.Contains("schema 'b' has no lookup for 'Product'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Query.productById<a> -> Product.inStock", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Internal_lookup_makes_the_field_reachable()
    {
        var result = Compose(Products, """
            type Query { productById(id: ID!): Product @lookup @internal }
            type Product @key(fields: "id") { id: ID! inStock: Boolean! }
            """);

        AssertSucceeded(result);
        Assert.Equal(["b"], Resolvers(result, "Product", "inStock"));
    }

    [Fact]
    public void Lookup_whose_key_the_current_schema_cannot_supply_is_UNSATISFIABLE_QUERY_PATH()
    {
        var result = Compose(Products, """
            type Query { productBySku(sku: String!): Product @lookup @internal }
            type Product @key(fields: "sku") { sku: String! inStock: Boolean! }
            """);

        Assert.False(result.IsSuccess);
        var codes = result.Errors.Select(e => e.Code).Distinct();
        Assert.Equal([CompositionErrorCodes.UnsatisfiableQueryPath], codes);
        var inStock = result.Errors.Single(e => e.Coordinate == "Product.inStock");
        Assert.Contains("needs 'Product.sku', which schema 'a' does not resolve", inStock.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Requirement_no_other_schema_resolves_is_UNSATISFIABLE_QUERY_PATH()
    {
        var result = Compose(
            Products,
            """
            type Query { productById(id: ID!): Product @lookup @internal }
            type Product @key(fields: "id") { id: ID! weight: Int @inaccessible }
            """,
            """
            type Query { productById(id: ID!): Product @lookup @internal }
            type Product @key(fields: "id") { id: ID! shipping(weight: Int @require(field: "weight")): Int }
            """);

        AssertSucceeded(result);
        var unsatisfied = Compose(
            Products,
            """
            type Query { productById(id: ID!): Product @lookup @internal }
            type Product @key(fields: "id") { id: ID! shipping(weight: Int @require(field: "weight")): Int weight: Int @inaccessible }
            """);
        var error = SingleError(unsatisfied, CompositionErrorCodes.UnsatisfiableQueryPath);
        Assert.Equal("Product.shipping", error.Coordinate);
        Assert.Contains("requires 'Product.weight'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_unreachable_field_is_reported()
    {
        var result = Compose(Products, """
            type Query { stockLevels: [Int!]! }
            type Product @key(fields: "id") { id: ID! inStock: Boolean! reserved: Int! }
            """);

        Assert.Equal(
            ["Product.inStock", "Product.reserved"],
            result.Errors.Where(e => e.Code == CompositionErrorCodes.UnsatisfiableQueryPath).Select(e => e.Coordinate!).Order(StringComparer.Ordinal));
    }
}
