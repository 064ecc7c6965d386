namespace Gql.Federation.Tests;

/// <summary>The expected SDL of the sample subgraphs (reviewed by hand; update together with the printer).</summary>
internal static class Snapshots
{
    public const string ProductsSourceSchema = """"
        directive @lookup on FIELD_DEFINITION

        directive @key(fields: FieldSelectionSet!) repeatable on OBJECT | INTERFACE

        type Query {
          products: [Product!]!
          productById(id: ID!): Product @lookup
          """Fetches an object by its global id."""
          node(
            """The global id of the object."""
            id: ID!
          ): Node
          """Fetches objects by their global ids, in the order of the ids."""
          nodes(
            """The global ids of the objects."""
            ids: [ID!]!
          ): [Node]!
        }

        type Product @key(fields: "id") {
          id: ID!
          name: String!
          price: Int!
          weight: Int!
          category: Category
        }

        type Category implements Node {
          id: ID!
          name: String!
        }

        """An object with a global id that `node(id:)` fetches again."""
        interface Node {
          """The global id of the object."""
          id: ID!
        }

        scalar FieldSelectionSet
        """";

    public const string ReviewsSourceSchema = """"
        directive @lookup on FIELD_DEFINITION

        directive @internal on OBJECT | FIELD_DEFINITION

        directive @external on FIELD_DEFINITION

        directive @require(field: FieldSelectionMap!) on ARGUMENT_DEFINITION

        directive @key(fields: FieldSelectionSet!) repeatable on OBJECT | INTERFACE

        type Query {
          reviews: [Review!]!
          productById(id: ID!): Product @lookup @internal
        }

        type Review {
          id: ID!
          body: String!
          stars: Int!
          product: Product!
        }

        type Product @key(fields: "id") {
          id: ID!
          weight: Int! @external
          reviews: [Review!]!
          shippingEstimate(weight: Int @require(field: "weight")): Int
        }

        scalar FieldSelectionMap

        scalar FieldSelectionSet
        """";

    public const string ShippingSourceSchema = """"
        directive @lookup on FIELD_DEFINITION

        directive @internal on OBJECT | FIELD_DEFINITION

        directive @shareable repeatable on OBJECT | FIELD_DEFINITION

        directive @external on FIELD_DEFINITION

        directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        directive @override(from: String!) on FIELD_DEFINITION

        directive @require(field: FieldSelectionMap!) on ARGUMENT_DEFINITION

        directive @provides(fields: FieldSelectionSet!) on FIELD_DEFINITION

        directive @key(fields: FieldSelectionSet!) repeatable on OBJECT | INTERFACE

        directive @is(field: FieldSelectionMap!) on ARGUMENT_DEFINITION

        type Query {
          parcelById(id: ID!): Parcel @lookup
          lookups: ShippingLookups! @internal
        }

        type Parcel @key(fields: "id") @shareable {
          id: ID!
          label: String! @shareable
          weight: Int @external
          internalCode: String! @inaccessible
          carrier: String! @override(from: "legacy")
          cost(weight: Int @require(field: "weight"), zone: String! = "EU"): Int!
          sibling: Parcel @provides(fields: "label")
        }

        type ShippingLookups @internal {
          parcelByCode(code: String! @is(field: "internalCode")): Parcel @lookup
        }

        scalar FieldSelectionMap

        scalar FieldSelectionSet
        """";

    public const string ProductsApolloSdl = """"
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

        type Query {
          products: [Product!]!
          productById(id: ID!): Product
          """Fetches an object by its global id."""
          node(
            """The global id of the object."""
            id: ID!
          ): Node
          """Fetches objects by their global ids, in the order of the ids."""
          nodes(
            """The global ids of the objects."""
            ids: [ID!]!
          ): [Node]!
        }

        type Product @key(fields: "id") {
          id: ID!
          name: String!
          price: Int!
          weight: Int!
          category: Category
        }

        type Category implements Node {
          id: ID!
          name: String!
        }

        """An object with a global id that `node(id:)` fetches again."""
        interface Node {
          """The global id of the object."""
          id: ID!
        }
        """";

    public const string ReviewsApolloSdl = """"
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])

        type Query {
          reviews: [Review!]!
        }

        type Review {
          id: ID!
          body: String!
          stars: Int!
          product: Product!
        }

        type Product @key(fields: "id") {
          id: ID!
          weight: Int! @external
          reviews: [Review!]!
          shippingEstimate: Int @requires(fields: "weight")
        }
        """";

    public const string ShippingApolloSdl = """"
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@override"])

        type Query {
          parcelById(id: ID!): Parcel
        }

        type Parcel @key(fields: "id") @shareable {
          id: ID!
          label: String! @shareable
          weight: Int @external
          internalCode: String! @inaccessible
          carrier: String! @override(from: "legacy")
          cost(zone: String! = "EU"): Int! @requires(fields: "weight")
          sibling: Parcel @provides(fields: "label")
        }
        """";
}
