namespace ECommerce.Shop.Testing;

/// <summary>The accounts the Users subgraph seeds (subgraphs/Users/README.md).</summary>
public static class ShopAccounts
{
    public const string AdminEmail = "admin@shop.local";
    public const string AdminPassword = "Admin#Shop2026";
    public const string CustomerEmail = "alice@example.com";
    public const string CustomerPassword = "Customer#2026";
}
