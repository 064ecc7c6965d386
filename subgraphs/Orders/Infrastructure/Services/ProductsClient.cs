using System.Text.Json;

namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>Products' <c>productsByIds</c>: the current name, SKU and price of the products in a cart.</summary>
public sealed class ProductsClient(ServiceGraphQLClient client, ServiceEndpoints endpoints)
{
    public const string Service = "products";

    private const string Query = "query($ids: [ID!]!) { productsByIds(ids: $ids) { id sku name price currency } }";

    /// <summary>The products in the order of <paramref name="ids"/>; null for ids Products does not know.</summary>
    public async Task<IReadOnlyList<CatalogProduct?>> GetByIdsAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var data = await client.ExecuteAsync(Service, endpoints.Products, Query, new { ids = ids.Select(id => id.ToString()).ToArray() }, cancellationToken);
        var products = data.GetProperty("productsByIds");
        if (products.GetArrayLength() != ids.Count)
        {
            throw new ServiceCallException(Service, $"productsByIds returned {products.GetArrayLength()} entries for {ids.Count} ids");
        }

        return products.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.Null
            ? null
            : new CatalogProduct(
                Guid.Parse(p.GetProperty("id").GetString()!),
                p.GetProperty("sku").GetString()!,
                p.GetProperty("name").GetString()!,
                p.GetProperty("price").GetDecimal(),
                p.GetProperty("currency").GetString()!)).ToList();
    }
}
