using Gql.Types;

namespace Gql.CostAnalysis.Tests;

/// <summary>An SDL-first schema using @cost and @listSize (lists, connections, unions, nested slicing arguments).</summary>
public static class CostSchema
{
    public const string Sdl = """
        type Query {
          books(first: Int, last: Int): [Book!]! @listSize(slicingArguments: ["first", "last"])
          authors(limit: Int = 5): [Author!]! @listSize(slicingArguments: ["limit"])
          search(filter: Filter): [Book!] @listSize(slicingArguments: ["filter.max"], requireOneSlicingArgument: false, assumedSize: 50)
          products(first: Int, after: String): ProductConnection @listSize(slicingArguments: ["first"], sizedFields: ["edges", "nodes"])
          allBooks: [Book!]! @listSize(assumedSize: 100)
          plainList: [Book!]!
          expensive: String @cost(weight: "5.5")
          media: [Media!]! @listSize(assumedSize: 10)
          book(id: ID! @cost(weight: "3")): Book
        }
        type Mutation { addBook(title: String): Book }
        input Filter { max: Int term: String @cost(weight: "2") }
        type Book { title: String author: Author reviews(first: Int): [Review!]! @listSize(slicingArguments: ["first"]) }
        type Author @cost(weight: "2") { name: String books: [Book!]! @listSize(assumedSize: 3) }
        type Review { stars: Int }
        type ProductConnection { edges: [ProductEdge!]! nodes: [Product!]! pageInfo: PageInfo! totalCount: Int }
        type ProductEdge { cursor: String node: Product! }
        type Product { name: String }
        type PageInfo { hasNextPage: Boolean }
        type Video { title: String clips: [Clip!]! @listSize(assumedSize: 20) }
        type Clip { url: String }
        union Media = Book | Video
        """;

    public static Schema Build() => SchemaBuilder.New().AddCostDirectives().AddDocumentFromString(Sdl).Build();
}
