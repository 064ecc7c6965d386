using Gql.Fusion.Composition;
using static Gql.Fusion.Tests.Composition.Composer;

namespace Gql.Fusion.Tests.Composition;

/// <summary>The source schema rules of @require, @external, @provides, @override, @shareable and the root types.</summary>
public sealed class DirectiveRulesTests
{
    private const string Products = """
        type Query { productById(id: ID!): Product @lookup }
        type Product @key(fields: "id") { id: ID! weight: Int! }
        """;

    [Fact]
    public void Require_that_does_not_parse_is_REQUIRE_INVALID_SYNTAX()
    {
        var result = Compose(Products, """
            type Query { productById(id: ID!): Product @lookup @internal }
            type Product @key(fields: "id") { id: ID! shipping(weight: Int @require(field: "{ weight ")): Int }
            """);

        var error = SingleError(result, CompositionErrorCodes.RequireInvalidSyntax);
        Assert.Equal("b", error.SchemaName);
        Assert.Equal("Product.shipping(weight:)", error.Coordinate);
    }

    [Fact]
    public void Require_that_is_not_a_string_is_REQUIRE_INVALID_FIELDS_TYPE()
    {
        var result = Compose(Products, """
            directive @require(field: Int!) on ARGUMENT_DEFINITION
            type Query { productById(id: ID!): Product @lookup @internal }
            type Product @key(fields: "id") { id: ID! shipping(weight: Int @require(field: 1)): Int }
            """);

        AssertErrors(result, CompositionErrorCodes.RequireInvalidFieldsType);
    }

    [Fact]
    public void Require_of_a_field_no_schema_defines_is_REQUIRE_INVALID_FIELDS()
    {
        var result = Compose(Products, """
            type Query { productById(id: ID!): Product @lookup @internal }
            type Product @key(fields: "id") { id: ID! shipping(size: Int @require(field: "size")): Int }
            """);

        var error = SingleError(result, CompositionErrorCodes.RequireInvalidFields);
        Assert.Contains("'Product.size'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void External_field_nothing_uses_is_EXTERNAL_UNUSED()
    {
        var result = Compose(Products, """
            type Query { productById(id: ID!): Product @lookup @internal }
            type Product @key(fields: "id") { id: ID! weight: Int! @external reviews: [String!]! }
            """);

        var error = SingleError(result, CompositionErrorCodes.ExternalUnused);
        Assert.Equal("b", error.SchemaName);
        Assert.Equal("Product.weight", error.Coordinate);
    }

    [Fact]
    public void External_field_used_by_a_require_composes_and_the_requirement_is_in_the_metadata()
    {
        var result = Compose(Products, """
            type Query { productById(id: ID!): Product @lookup @internal }
            type Product @key(fields: "id") { id: ID! weight: Int! @external shipping(weight: Int @require(field: "weight")): Int }
            """);

        AssertSucceeded(result);
        var source = Assert.Single(TypeOf(result, "Product").GetField("shipping").Sources);
        var requirement = Assert.Single(source.Requirements);
        Assert.Equal(("b", "weight", "weight", "weight"), (source.Subgraph, requirement.ArgumentName, requirement.Field, string.Join(".", requirement.Path)));
        Assert.DoesNotContain("weight: Int", result.PublicSdl!.Split("shipping")[1].Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void External_on_an_interface_field_is_EXTERNAL_ON_INTERFACE()
    {
        var result = Compose(Products + "\ninterface Node { id: ID! @external }\ntype Item implements Node { id: ID! }\nextend type Query { item: Item }");

        Assert.Contains(CompositionErrorCodes.ExternalOnInterface, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void External_field_that_also_provides_is_EXTERNAL_COLLISION_WITH_ANOTHER_DIRECTIVE()
    {
        var result = Compose(Products, """
            type Query { productById(id: ID!): Product @lookup @internal }
            type Product @key(fields: "id") { id: ID! maker: Maker @external @provides(fields: "name") }
            type Maker { name: String @external }
            """);

        Assert.Contains(CompositionErrorCodes.ExternalCollisionWithAnotherDirective, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Provides_on_a_scalar_field_is_PROVIDES_ON_NON_COMPOSITE_FIELD()
    {
        var result = Compose(Products + "\nextend type Product { label: String @provides(fields: \"length\") }");

        Assert.Contains(CompositionErrorCodes.ProvidesOnNonCompositeField, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Provides_of_a_field_that_is_not_external_is_PROVIDES_FIELDS_MISSING_EXTERNAL()
    {
        var result = Compose(Products + "\ntype Order { buyer: Buyer @provides(fields: \"address\") }\ntype Buyer { address: String }\nextend type Query { order: Order }");

        AssertErrors(result, CompositionErrorCodes.ProvidesFieldsMissingExternal);
    }

    [Fact]
    public void Provides_that_does_not_parse_is_PROVIDES_INVALID_SYNTAX()
    {
        var result = Compose(Products + "\ntype Order { buyer: Buyer @provides(fields: \"{ address \") }\ntype Buyer { address: String }\nextend type Query { order: Order }");

        AssertErrors(result, CompositionErrorCodes.ProvidesInvalidSyntax);
    }

    [Fact]
    public void Provides_applying_a_directive_is_PROVIDES_DIRECTIVE_IN_FIELDS_ARG()
    {
        var result = Compose(Products + "\ndirective @lowercase on FIELD\ntype Order { buyer: Buyer @provides(fields: \"name @lowercase\") }\ntype Buyer { name: String @external }\nextend type Query { order: Order }");

        AssertErrors(result, CompositionErrorCodes.ProvidesDirectiveInFieldsArg);
    }

    [Fact]
    public void Provides_of_external_fields_composes_and_the_external_declaration_is_no_source()
    {
        var result = Compose(
            Products,
            """
            type Query { reviews: [Review!]! }
            type Review { product: Product @provides(fields: "weight") }
            type Product @key(fields: "id") { id: ID! weight: Int! @external }
            """);

        AssertSucceeded(result);
        Assert.Equal(["a"], TypeOf(result, "Product").GetField("weight").Sources.Select(s => s.Subgraph));
    }

    [Fact]
    public void Override_from_the_own_schema_is_OVERRIDE_FROM_SELF()
    {
        var result = Compose(Products.Replace("weight: Int!", "weight: Int! @override(from: \"a\")", StringComparison.Ordinal));

        var error = SingleError(result, CompositionErrorCodes.OverrideFromSelf);
        Assert.Equal("Product.weight", error.Coordinate);
    }

    [Fact]
    public void Override_on_an_interface_field_is_OVERRIDE_ON_INTERFACE()
    {
        var result = Compose(Products + "\ninterface Node { id: ID! @override(from: \"b\") }");

        AssertErrors(result, CompositionErrorCodes.OverrideOnInterface);
    }

    [Fact]
    public void Override_of_an_external_field_is_OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE()
    {
        var result = Compose(Products, """
            type Query { productById(id: ID!): Product @lookup @internal }
            type Product @key(fields: "id weight") { id: ID! weight: Int! @external @override(from: "a") }
            """);

        Assert.Contains(CompositionErrorCodes.OverrideCollisionWithAnotherDirective, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Shareable_interface_field_is_INVALID_SHAREABLE_USAGE()
    {
        var result = Compose(Products + "\ninterface Node { id: ID! @shareable }");

        AssertErrors(result, CompositionErrorCodes.InvalidShareableUsage);
    }

    [Fact]
    public void Inaccessible_query_type_is_QUERY_ROOT_TYPE_INACCESSIBLE()
    {
        var result = Compose(Products.Replace("type Query {", "type Query @inaccessible {", StringComparison.Ordinal));

        Assert.Contains(CompositionErrorCodes.QueryRootTypeInaccessible, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Root_query_type_with_another_name_is_ROOT_QUERY_USED()
    {
        var result = Compose("""
            schema { query: RootQuery }
            type RootQuery { product: Product }
            type Query { legacy: String }
            type Product { id: ID! }
            """);

        AssertErrors(result, CompositionErrorCodes.RootQueryUsed);
    }

    [Fact]
    public void Mutation_type_that_is_not_the_mutation_root_is_ROOT_MUTATION_USED()
    {
        var result = Compose("""
            schema { query: Query mutation: RootMutation }
            type Query { product: String }
            type RootMutation { create: String }
            type Mutation { legacy: String }
            """);

        Assert.Equal(
            [CompositionErrorCodes.RootMutationUsed],
            result.Errors.Select(e => e.Code).Distinct());
    }

    [Fact]
    public void Selection_scalar_redefined_as_an_input_is_TYPE_DEFINITION_INVALID()
    {
        var result = Compose(Products + "\ninput FieldSelectionMap { fields: [String!]! }");

        AssertErrors(result, CompositionErrorCodes.TypeDefinitionInvalid);
    }

    [Fact]
    public void Sdl_with_a_syntax_error_or_an_unknown_type_is_INVALID_GRAPHQL_and_the_other_schemas_are_still_checked()
    {
        var result = Compose("type Query { product: Product", "type Query { user: User }", "type Query { a: [Product] @lookup }\ntype Product { id: ID! }");

        Assert.Equal(
            [(CompositionErrorCodes.InvalidGraphQL, "a"), (CompositionErrorCodes.InvalidGraphQL, "b"), (CompositionErrorCodes.LookupMustHaveArguments, "c"), (CompositionErrorCodes.LookupReturnsList, "c")],
            result.Errors.Select(e => (e.Code, e.SchemaName!)).Order());
    }
}
