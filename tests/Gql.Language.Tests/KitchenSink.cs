namespace Gql.Language.Tests;

/// <summary>Documents that use every construct, written in the canonical print() form.</summary>
public static class KitchenSink
{
    public const string Query = """"
        query ProductPage($id: ID!, $first: Int = 10, $filter: ProductFilter = {inStock: true, tags: ["new", "sale"]}, $locale: Locale = EN_US @deprecated(reason: "use header")) @cached(ttl: 60) {
          product(id: $id) {
            id
            displayName: name
            price(currency: EUR) {
              amount
              currency
            }
            ... on DigitalProduct @include(if: true) {
              downloadUrl
            }
            ... @skip(if: false) {
              sku
            }
            ... {
              slug
            }
            reviews(first: $first, after: null, orderBy: [{field: RATING, direction: DESC}]) @connection(key: "reviews") {
              edges {
                node {
                  ...ReviewFields @defer(label: "review")
                }
              }
            }
            search(
              text: "graphql engine"
              first: 5
              filter: {priceRange: {min: 10.5, max: 1e3}, brand: null}
            ) {
              totalCount
            }
          }
        }

        mutation AddToCart($input: AddToCartInput!) @transactional {
          addToCart(input: $input) {
            cart {
              lines {
                quantity
              }
            }
            errors {
              __typename
              ... on OutOfStockError {
                message
              }
            }
          }
        }

        subscription OnOrderStatus($orderId: ID!) {
          orderStatusChanged(orderId: $orderId) @stream {
            status
            changedAt
          }
        }

        fragment ReviewFields on Review @onFragment {
          rating
          body(format: """
          Markdown with "quotes"
          and a second line
          """)
          escaped: body(format: "tab\there \"quoted\" \\ slash \u0001 \"\"\"")
          matrix(values: [[1, 2], [], [-3.5e-2]], empty: {})
        }

        query ($a: [Int!]! = [1]) {
          __typename
        }

        {
          shop {
            name
          }
        }
        """";

    public const string Schema = """"
        """The commerce graph's entry points."""
        schema @link(url: "https://specs.example/v1") {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "An instant in UTC, ISO-8601 encoded."
        scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        scalar Money

        type Query {
          "Looks up one product."
          product(id: ID!): Product
          products(first: Int = 20, after: String, where: ProductFilter = {inStock: true}): ProductConnection! @cost(weight: 5)
          search(
            "The words to look for."
            text: String!
            limit: Int = 10
          ): [SearchResult!]!
          node(id: ID!): Node @deprecated(reason: "Use `product`.")
        }

        interface Node {
          id: ID!
        }

        interface Priced implements Node {
          id: ID!
          price(currency: Currency = EUR): Money!
        }

        type Product implements Node & Priced @key(fields: "id") @key(fields: "sku") {
          id: ID!
          sku: String!
          """
          Shown on the product page.
          Can span lines.
          """
          name: String!
          price(currency: Currency = EUR): Money!
          tags: [String!]
          related(
            """
            How many to return,
              at most.
            """
            first: Int = 3 @deprecated
          ): [Product]
        }

        type Marker

        union SearchResult @tag(name: "search") = Product | Category

        union Nothing

        enum Currency {
          EUR
          USD @deprecated
          "Swiss franc"
          CHF
        }

        input ProductFilter @tag(name: "filter") {
          inStock: Boolean = false
          tags: [String!] = ["a", "b"]
          "A closed price range."
          priceRange: PriceRangeInput
        }

        directive @key(fields: String!) repeatable on OBJECT | INTERFACE

        directive @cost(weight: Int!) on FIELD_DEFINITION | ARGUMENT_DEFINITION

        "Marks an experimental element."
        directive @experimental(
          "Why it is experimental."
          reason: String
        ) on FIELD_DEFINITION | ENUM_VALUE

        extend schema @tag(name: "public")

        extend schema {
          subscription: Subscription
        }

        extend scalar Money @specifiedBy(url: "https://example.com/money")

        extend type Product implements HasReviews @shareable {
          reviews: [Review!]!
        }

        extend type Product @tag(name: "x")

        extend interface Priced @tag(name: "priced")

        extend interface Priced implements Taggable {
          tags: [String!]
        }

        extend union SearchResult = Brand

        extend union SearchResult @tag(name: "su")

        extend enum Currency {
          GBP
        }

        extend enum Currency @tag(name: "ccy")

        extend input ProductFilter {
          brand: String
        }

        extend input ProductFilter @tag(name: "pf")
        """";
}
