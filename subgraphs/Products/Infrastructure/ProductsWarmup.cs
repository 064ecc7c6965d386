using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Seeding;
using ECommerce.ServiceDefaults.Warmup;

namespace ECommerce.Products.Infrastructure;

/// <summary>What Products runs against itself before it reports ready: the catalog page, a search, a product page and Orders' price lookup (all reads).</summary>
public static class ProductsWarmup
{
    public static WarmupOperation[] Operations()
    {
        const string product = "id sku name description price currency imageUrl createdAt category { id name slug }";
        string[] ids = [SeedCatalog.ProductId(1).ToString(), SeedCatalog.ProductId(2).ToString()];
        return
        [
            new("catalog", $"query {{ products(first: 12) {{ totalCount nodes {{ {product} }} pageInfo {{ hasNextPage endCursor }} }} categories {{ id name slug }} }}", null, []),
            new("search", $"query($search: String) {{ products(search: $search, first: 12) {{ nodes {{ {product} }} pageInfo {{ hasNextPage endCursor }} }} }}", new { search = "headphones" }, []),
            new("product", $"query($id: ID!) {{ productById(id: $id) {{ {product} }} }}", new { id = ids[0] }, []),
            new("prices", "query($ids: [ID!]!) { productsByIds(ids: $ids) { id sku name price currency } }", new { ids }, [Roles.Service]),
        ];
    }
}
