using ECommerce.Orders.Infrastructure.Checkout;
using ECommerce.Orders.Model;
using ECommerce.Orders.Types;
using Microsoft.EntityFrameworkCore;

namespace ECommerce.Orders.Infrastructure;

/// <summary>The admin's sales figures, computed by the database (two aggregate queries).</summary>
public sealed class SalesReport(DbContextOptions<OrdersContext> options)
{
    public async Task<SalesSummary> SummarizeAsync(DateTimeOffset from, DateTimeOffset to, int top, CancellationToken cancellationToken)
    {
        await using var db = new OrdersContext(options);
        var sold = db.Orders.Where(o => o.CreatedAt >= from && o.CreatedAt < to
            && (o.Status == OrderStatus.Paid || o.Status == OrderStatus.Shipped || o.Status == OrderStatus.Delivered));
        var totals = await sold.GroupBy(o => 1).Select(g => new { Count = g.Count(), Revenue = g.Sum(o => o.Total) }).FirstOrDefaultAsync(cancellationToken);
        var products = await db.OrderItems
            .Where(i => sold.Any(o => o.Id == i.OrderId))
            .GroupBy(i => i.ProductId)
            .Select(g => new { ProductId = g.Key, Name = g.Max(i => i.ProductName), Sku = g.Max(i => i.Sku), Quantity = g.Sum(i => i.Quantity), Revenue = g.Sum(i => i.LineTotal) })
            .OrderByDescending(p => p.Quantity).ThenByDescending(p => p.Revenue).ThenBy(p => p.ProductId)
            .Take(top)
            .ToListAsync(cancellationToken);
        return new SalesSummary(
            from,
            to,
            totals?.Count ?? 0,
            totals?.Revenue ?? 0m,
            CheckoutService.ShopCurrency,
            products.ConvertAll(p => new TopProduct(p.ProductId, p.Name!, p.Sku!, p.Quantity, p.Revenue)));
    }
}
