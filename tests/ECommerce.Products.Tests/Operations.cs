namespace ECommerce.Products.Tests;

/// <summary>The GraphQL documents the tests send.</summary>
internal static class Operations
{
    public const string ProductFields = "id sku name description price currency imageUrl createdAt category { id name slug }";

    public const string Products = """
        query($search: String, $first: Int, $after: String, $last: Int, $before: String, $where: ProductFilterInput, $order: [ProductSortInput!]) {
          products(search: $search, first: $first, after: $after, last: $last, before: $before, where: $where, order: $order) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            nodes { id sku name description price category { slug } }
          }
        }
        """;

    public const string ProductById = $$"""query($id: ID!) { productById(id: $id) { {{ProductFields}} } }""";

    public const string ProductsByIds = "query($ids: [ID!]!) { productsByIds(ids: $ids) { id sku } }";

    public const string CreateProduct = $$"""
        mutation($input: CreateProductInput!) {
          createProduct(input: $input) {
            product { {{ProductFields}} }
            errors { __typename ... on Error { message } ... on InvalidInputError { field } ... on DuplicateSkuError { sku } }
          }
        }
        """;

    public const string UpdateProduct = $$"""
        mutation($input: UpdateProductInput!) {
          updateProduct(input: $input) {
            product { {{ProductFields}} }
            errors { __typename ... on Error { message } ... on InvalidInputError { field } ... on DuplicateSkuError { sku } ... on ProductNotFoundError { productId } }
          }
        }
        """;

    public const string DeleteProduct = """
        mutation($input: DeleteProductInput!) {
          deleteProduct(input: $input) {
            product { id sku }
            errors { __typename ... on Error { message } ... on ProductNotFoundError { productId } }
          }
        }
        """;
}
