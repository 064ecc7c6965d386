using static Gql.Fusion.Tests.Composition.Composer;

namespace Gql.Fusion.Tests.Composition;

public sealed class MergeTests
{
    [Fact]
    public void Entity_fields_from_two_schemas_merge_into_one_type_with_roots_first_and_types_in_name_order()
    {
        var result = Compose(
            """
            type Query { productById(id: ID!): Product @lookup }
            "A product of the catalog."
            type Product @key(fields: "id") { id: ID! name: String! }
            """,
            """
            type Query { productById(id: ID!): Product @lookup @internal }
            type Product @key(fields: "id") { id: ID! "Units on hand." inStock: Int! }
            type Mutation { setStock(id: ID!, quantity: Int!): Boolean }
            """);

        AssertSucceeded(result);
        Assert.Equal(
            """"
            type Query {
              productById(id: ID!): Product
            }

            type Mutation {
              setStock(id: ID!, quantity: Int!): Boolean
            }

            """A product of the catalog."""
            type Product {
              id: ID!
              name: String!

              """Units on hand."""
              inStock: Int!
            }

            """",
            result.PublicSdl);
    }

    [Fact]
    public void Output_types_are_least_restrictive_and_argument_and_input_types_most_restrictive()
    {
        var result = Compose(
            "type Query { search(filter: Filter, limit: Int = 10): [String!]! @shareable }\ninput Filter { term: String! tags: [String] }",
            "type Query { search(filter: Filter!, limit: Int): [String] @shareable }\ninput Filter { term: String tags: [String!] }");

        AssertSucceeded(result);
        Assert.Contains("search(filter: Filter!, limit: Int = 10): [String]", result.PublicSdl, StringComparison.Ordinal);
        Assert.Contains("input Filter {\n  term: String!\n  tags: [String!]\n}", result.PublicSdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Inaccessible_and_internal_members_are_not_public()
    {
        var result = Compose(
            """
            type Query { products: [Product] secret: Secret @inaccessible userById(id: ID!): User @lookup @internal }
            type Product { id: ID! cost: Int @inaccessible search(term: String, debug: Boolean @inaccessible): String }
            type Secret @inaccessible { value: String }
            type User @key(fields: "id") { id: ID! }
            enum Status { ACTIVE HIDDEN @inaccessible }
            extend type Query { status: Status }
            """);

        AssertSucceeded(result);
        var sdl = result.PublicSdl!;
        Assert.DoesNotContain("secret", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("cost", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("debug", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("userById", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("HIDDEN", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@", sdl, StringComparison.Ordinal);
        Assert.True(TypeOf(result, "Secret").IsInaccessible);
        Assert.True(TypeOf(result, "Product").GetField("cost").IsInaccessible);
        Assert.True(TypeOf(result, "Query").GetField("userById").IsInternal);
    }

    [Fact]
    public void Internal_object_type_definitions_do_not_contribute_fields()
    {
        var result = Compose(
            "type Query { productById(id: ID!): Product @lookup }\ntype Product @key(fields: \"id\") { id: ID! name: String }",
            "type Query { productById(id: ID!): Product @lookup @internal }\ntype Product @key(fields: \"id\") @internal { id: ID! price: Int }");

        AssertSucceeded(result);
        Assert.DoesNotContain("price", result.PublicSdl, StringComparison.Ordinal);
        Assert.Equal(["a"], Resolvers(result, "Product", "name"));
        Assert.Equal([("b", true)], TypeOf(result, "Product").GetField("price").Sources.Select(s => (s.Subgraph, s.IsInternal)));
        Assert.True(TypeOf(result, "Product").GetField("price").IsInternal);
    }

    [Fact]
    public void Unions_interfaces_and_enums_merge_their_members()
    {
        var result = Compose(
            """
            type Query { search: [Result] @shareable node: Node @shareable }
            union Result = Product | Order
            interface Node { id: ID! }
            type Product implements Node @shareable { id: ID! }
            type Order @shareable { id: ID! }
            """,
            """
            type Query { search: [Result] @shareable node: Node @shareable }
            union Result = User | Order
            interface Node { id: ID! }
            type User implements Node @shareable { id: ID! }
            type Order @shareable { id: ID! }
            """);

        AssertSucceeded(result);
        Assert.Contains("union Result = Product | Order | User", result.PublicSdl, StringComparison.Ordinal);
        Assert.Contains("type User implements Node", result.PublicSdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_types_merge_by_intersection()
    {
        var result = Compose(
            "type Query { a(filter: Filter): String }\ninput Filter { name: String year: Int }",
            "type Query { b(filter: Filter): String }\ninput Filter { name: String pages: Int }");

        AssertSucceeded(result);
        Assert.Contains("input Filter {\n  name: String\n}", result.PublicSdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptions_deprecations_scalars_and_defaults_come_from_the_first_schema_that_has_them()
    {
        var result = Compose(
            "type Query { when: Instant @shareable old: String @deprecated(reason: \"Use when.\") @shareable }\nscalar Instant",
            "type Query { when: Instant @shareable old: String @shareable }\n\"An instant.\"\nscalar Instant @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time.html\")");

        AssertSucceeded(result);
        Assert.Contains("old: String @deprecated(reason: \"Use when.\")", result.PublicSdl, StringComparison.Ordinal);
        Assert.Contains("\"\"\"An instant.\"\"\"\nscalar Instant @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time.html\")", result.PublicSdl, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_schemas_compose_to_the_same_text()
    {
        string[] schemas =
        [
            "type Query { productById(id: ID!): Product @lookup zeta: Int }\ntype Product @key(fields: \"id\") { id: ID! b: Int }\ntype Alpha { a: Int }\nextend type Query { alpha: Alpha }",
            "type Query { productById(id: ID!): Product @lookup @internal }\ntype Product @key(fields: \"id\") { id: ID! a: Int }",
        ];

        var first = Compose(schemas).PublicSdl;
        var second = Compose(schemas).PublicSdl;

        Assert.Equal(first, second);
        Assert.True(first!.IndexOf("type Alpha", StringComparison.Ordinal) < first.IndexOf("type Product", StringComparison.Ordinal));
    }

    [Fact]
    public void Metadata_names_the_resolving_schemas_keys_and_lookups()
    {
        var result = Compose(
            "type Query { productById(id: ID!): Product @lookup }\ntype Product @key(fields: \"id\") { id: ID! sku: String! name: String }",
            "type Query { productBySku(sku: String! @is(field: \"sku\")): Product @lookup @internal }\ntype Product @key(fields: \"sku\") { sku: String! inStock: Boolean }");

        AssertSucceeded(result);
        var product = TypeOf(result, "Product");
        Assert.Equal(["a", "b"], product.Subgraphs);
        Assert.Equal(["b"], Resolvers(result, "Product", "inStock"));
        Assert.Equal(["a", "b"], Resolvers(result, "Product", "sku"));
        Assert.Equal(["id", "sku", "name", "inStock"], product.Fields.Select(f => f.Name));
        Assert.Equal([("a", "id"), ("b", "sku")], product.Keys.Select(k => (k.Subgraph, k.Fields)));
        Assert.Equal(
            [("a", "productById", "id", "id", false), ("b", "productBySku", "sku", "sku", true)],
            product.Lookups.Select(l => (l.Subgraph, l.FieldName, l.Arguments[0].Name, string.Join(".", l.Arguments[0].KeyPath), l.IsInternal)));
    }
}
