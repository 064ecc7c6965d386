using ECommerce.Products.Infrastructure;
using ECommerce.Products.Types;
using Gql.Data;
using Gql.DataLoader;
using Gql.Federation;
using Gql.Types;
using Gql.Types.Resolvers;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Products.Model;

/// <summary>A group of products (a row of <c>categories</c>); every product belongs to exactly one.</summary>
[Key("id")]
[Node(KeyIsGloballyUnique = true)]
public sealed class Category
{
    [ID]
    public Guid Id { get; set; }

    public required string Name { get; set; }

    [GraphQLDescription("URL-friendly name, unique in the catalog (\"running-shoes\").")]
    public required string Slug { get; set; }

    [UsePaging(IncludeTotalCount = true, MaxPageSize = ProductPaging.MaxPageSize, DefaultPageSize = ProductPaging.DefaultPageSize)]
    [GraphQLDescription("The category's products by SKU; the pages of many categories are read in one statement.")]
    public async Task<Page<Product>> GetProductsAsync(
        IResolverContext context,
        [Service] DataLoaderScope scope,
        [Service] DbContextOptions<ProductsContext> options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(scope);
        var arguments = context.GetPagingArguments();
        var loader = scope.GetOrAddDataLoader($"products-by-category:{arguments}", s => new ProductsByCategoryDataLoader(s, options, arguments));
        return await loader.LoadAsync(Id, cancellationToken);
    }

    [NodeResolver]
    internal static Task<Category> LoadAsync(Guid id, CategoryByIdDataLoader categories, CancellationToken cancellationToken)
        => categories.LoadAsync(id, cancellationToken);
}
