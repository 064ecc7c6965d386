namespace ECommerce.Orders.Types;

/// <summary>Orders counted and revenue summed over a time range; amounts in <see cref="Currency"/>.</summary>
public sealed record SalesSummary(DateTimeOffset From, DateTimeOffset To, int OrderCount, decimal Revenue, string Currency, IReadOnlyList<TopProduct> TopProducts);
