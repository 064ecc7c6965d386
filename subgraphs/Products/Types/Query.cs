using ECommerce.Products.Infrastructure;
using ECommerce.Products.Model;
using Gql.Data;
using Gql.Federation;
using Gql.Language;
using Gql.Types;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Products.Types;

public sealed class Query
{
    /// <summary>More ids than this in one productsByIds call are refused (the whole list is one SQL parameter).</summary>
    public const int MaxIdsPerRequest = 1000;

    public const string TooManyIdsCode = "PRODUCTS_TOO_MANY_IDS";

    /// <summary>Longer search texts are refused (no shop search needs more; it bounds the work of one query).</summary>
    public const int MaxSearchLength = 200;

    public const string SearchTooLongCode = "PRODUCTS_SEARCH_TOO_LONG";

    [UsePaging(IncludeTotalCount = true, MaxPageSize = ProductPaging.MaxPageSize, DefaultPageSize = ProductPaging.DefaultPageSize)]
    [UseFiltering]
    [UseSorting]
    [GraphQLDescription("The catalog. `search` is a full-text search of names and descriptions (English stemming, web search syntax such as `trail shoe -leather` or `boot or sandal`), best matches first unless `order` is given; without `search` and `order` products come by SKU.")]
    public IQueryable<Product> GetProducts(
        [GraphQLDescription("Words to find in names and descriptions (at most 200 characters); empty or left out = no search.")] string? search,
        [Service] RequestDbContexts contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        if (search?.Length > MaxSearchLength)
        {
            throw new GraphQLException($"search takes at most {MaxSearchLength} characters.", SearchTooLongCode);
        }

        var products = contexts.Create().Products.AsNoTracking();
        if (string.IsNullOrWhiteSpace(search))
        {
            return products.OrderBy(p => p.Sku);
        }

        return products
            .Where(p => p.SearchVector.Matches(EF.Functions.WebSearchToTsQuery(ProductsContext.SearchConfiguration, search)))
            .OrderByDescending(p => p.SearchVector.Rank(EF.Functions.WebSearchToTsQuery(ProductsContext.SearchConfiguration, search)))
            .ThenBy(p => p.Sku);
    }

    [Lookup]
    [GraphQLDescription("One product by id; null when there is none.")]
    public async Task<Product?> GetProductByIdAsync([ID] string id, ProductByIdDataLoader products, CancellationToken cancellationToken)
        => Guid.TryParse(id, out var key) ? await products.LoadAsync(key, cancellationToken) : null;

    [GraphQLDescription("Products by id in one query, in the order of the ids; null for an id that is no product.")]
    public async Task<IReadOnlyList<Product?>> GetProductsByIdsAsync([ID] IReadOnlyList<string> ids, ProductByIdDataLoader products, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count > MaxIdsPerRequest)
        {
            throw new GraphQLException($"productsByIds takes at most {MaxIdsPerRequest} ids.", TooManyIdsCode);
        }

        var keys = ids.Select(id => Guid.TryParse(id, out var key) ? key : (Guid?)null).ToList();
        var found = await products.LoadAsync(keys.OfType<Guid>().Distinct().ToList(), cancellationToken);
        var byId = found.OfType<Product>().ToDictionary(p => p.Id);
        return keys.Select(key => key is { } id ? byId.GetValueOrDefault(id) : null).ToList();
    }

    [GraphQLDescription("Every category, by name.")]
    public async Task<IReadOnlyList<Category>> GetCategoriesAsync([Service] RequestDbContexts contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        return await contexts.Create().Categories.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
    }

    [Lookup]
    [GraphQLDescription("One category by id; null when there is none.")]
    public async Task<Category?> GetCategoryByIdAsync([ID] string id, CategoryByIdDataLoader categories, CancellationToken cancellationToken)
        => Guid.TryParse(id, out var key) ? await categories.LoadAsync(key, cancellationToken) : null;
}
