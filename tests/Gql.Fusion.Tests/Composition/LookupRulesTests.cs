using Gql.Fusion.Composition;
using static Gql.Fusion.Tests.Composition.Composer;

namespace Gql.Fusion.Tests.Composition;

public sealed class LookupRulesTests
{
    private const string Product = "type Product @key(fields: \"id\") { id: ID! name: String }\n";

    [Fact]
    public void Lookup_returning_a_list_is_LOOKUP_RETURNS_LIST_naming_schema_and_field()
    {
        var result = Compose(Product + "type Query { productsByIds(ids: [ID!]!): [Product] @lookup }");

        var error = SingleError(result, CompositionErrorCodes.LookupReturnsList);
        Assert.Equal("a", error.SchemaName);
        Assert.Equal("Query.productsByIds", error.Coordinate);
        Assert.Equal("The lookup field 'Query.productsByIds' in schema 'a' must not return a list.", error.Message);
    }

    [Fact]
    public void Lookup_returning_a_non_null_list_is_LOOKUP_RETURNS_LIST()
    {
        var result = Compose(Product + "type Query { productsByIds(ids: [ID!]!): [Product!]! @lookup }");

        Assert.Contains(CompositionErrorCodes.LookupReturnsList, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Non_nullable_lookup_composes_with_a_LOOKUP_RETURNS_NON_NULLABLE_TYPE_warning()
    {
        var result = Compose(Product + "type Query { productById(id: ID!): Product! @lookup }");

        AssertSucceeded(result);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(CompositionErrorCodes.LookupReturnsNonNullableType, warning.Code);
        Assert.Equal("Query.productById", warning.Coordinate);
    }

    [Fact]
    public void Lookup_without_arguments_is_LOOKUP_MUST_HAVE_ARGUMENTS()
    {
        var result = Compose(Product + "type Query { product: Product @lookup }");

        AssertErrors(result, CompositionErrorCodes.LookupMustHaveArguments);
    }

    [Fact]
    public void Is_mapping_to_a_missing_field_is_IS_INVALID_FIELDS()
    {
        var result = Compose(Product + "type Query { productBySku(sku: String! @is(field: \"sku\")): Product @lookup }");

        var error = SingleError(result, CompositionErrorCodes.IsInvalidFields);
        Assert.Equal("Query.productBySku(sku:)", error.Coordinate);
        Assert.Contains("'Product.sku'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_with_a_nested_path_that_exists_composes()
    {
        var result = Compose("""
            type Query { productByMaker(id: ID! @is(field: "maker.id")): Product @lookup }
            type Product @key(fields: "maker { id }") { maker: Maker! name: String }
            type Maker { id: ID! }
            """);

        AssertSucceeded(result);
        var argument = Assert.Single(Assert.Single(TypeOf(result, "Product").Lookups).Arguments);
        Assert.Equal(("id", "maker.id", "maker.id"), (argument.Name, string.Join(".", argument.KeyPath), argument.Is));
    }

    [Fact]
    public void Is_that_does_not_parse_is_IS_INVALID_SYNTAX()
    {
        var result = Compose(Product + "type Query { productById(id: ID! @is(field: \"{ id \")): Product @lookup }");

        AssertErrors(result, CompositionErrorCodes.IsInvalidSyntax);
    }

    [Fact]
    public void Is_on_a_field_that_is_no_lookup_is_IS_INVALID_USAGE()
    {
        var result = Compose(Product + "type Query { productById(id: ID! @is(field: \"id\")): Product }");

        AssertErrors(result, CompositionErrorCodes.IsInvalidUsage);
    }
}
