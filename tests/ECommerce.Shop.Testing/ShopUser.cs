namespace ECommerce.Shop.Testing;

/// <summary>A signed-in account: its Users id, email and JWT (send as <c>Bearer</c>).</summary>
public sealed record ShopUser(string Id, string Email, string Token);
