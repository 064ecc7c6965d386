using Gql.Fusion.Composition;
using static Gql.Fusion.Tests.Composition.Composer;

namespace Gql.Fusion.Tests.Composition;

public sealed class KeyRulesTests
{
    private const string Query = "type Query { productById(id: ID!): Product @lookup }\n";

    [Fact]
    public void Valid_keys_compose()
    {
        var result = Compose(Query + """
            type Product @key(fields: "id") @key(fields: "sku featured { id }") { id: ID! sku: String! featured: Item! }
            type Item { id: ID! }
            """);

        AssertSucceeded(result);
    }

    [Fact]
    public void Key_selecting_an_unknown_field_is_KEY_INVALID_FIELDS_naming_schema_and_type()
    {
        var result = Compose(Query + "type Product @key(fields: \"id\") { sku: String! }");

        var error = SingleError(result, CompositionErrorCodes.KeyInvalidFields);
        Assert.Equal("a", error.SchemaName);
        Assert.Equal("Product", error.Coordinate);
        Assert.Contains("'Product.id', which does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_without_subselection_on_an_object_field_is_KEY_INVALID_FIELDS()
    {
        var result = Compose(Query + "type Product @key(fields: \"featured\") { id: ID! featured: Item! }\ntype Item { id: ID! }");

        AssertErrors(result, CompositionErrorCodes.KeyInvalidFields);
    }

    [Fact]
    public void Key_with_unbalanced_braces_is_KEY_INVALID_SYNTAX()
    {
        var result = Compose(Query + "type Product @key(fields: \"featured { id\") { id: ID! featured: Item! }\ntype Item { id: ID! }");

        AssertErrors(result, CompositionErrorCodes.KeyInvalidSyntax);
    }

    [Fact]
    public void Key_fields_that_are_not_a_string_is_KEY_INVALID_FIELDS_TYPE()
    {
        var result = Compose("directive @key(fields: Boolean!) repeatable on OBJECT\n" + Query + "type Product @key(fields: true) { id: ID! }");

        AssertErrors(result, CompositionErrorCodes.KeyInvalidFieldsType);
    }

    [Fact]
    public void Key_applying_a_directive_is_KEY_DIRECTIVE_IN_FIELDS_ARG()
    {
        var result = Compose("directive @lowercase on FIELD\n" + Query + "type Product @key(fields: \"id @lowercase\") { id: ID! }");

        AssertErrors(result, CompositionErrorCodes.KeyDirectiveInFieldsArg);
    }

    [Fact]
    public void Key_on_a_field_with_arguments_is_KEY_FIELDS_HAS_ARGS()
    {
        var result = Compose(Query + "type Product @key(fields: \"id tags\") { id: ID! tags(limit: Int = 10): [String] }");

        var codes = result.Errors.Select(e => e.Code).ToArray();
        Assert.Contains(CompositionErrorCodes.KeyFieldsHasArgs, codes);
        Assert.Equal("Product.tags", result.Errors.First(e => e.Code == CompositionErrorCodes.KeyFieldsHasArgs).Coordinate);
    }

    [Theory]
    [InlineData("tags", "tags: [String!]!")]
    [InlineData("node { id }", "node: Node!")]
    [InlineData("related", "related: Related!")]
    public void Key_on_a_list_interface_or_union_is_KEY_FIELDS_SELECT_INVALID_TYPE(string key, string field)
    {
        var result = Compose(Query + $$"""
            type Product @key(fields: "{{key}}") { id: ID! {{field}} }
            interface Node { id: ID! }
            union Related = Product
            """);

        Assert.Contains(CompositionErrorCodes.KeyFieldsSelectInvalidType, result.Errors.Select(e => e.Code));
        Assert.All(result.Errors, e => Assert.Equal("a", e.SchemaName));
    }
}
