namespace ECommerce.Orders.Model;

/// <summary>Where an order ships to, copied into the order at checkout.</summary>
public sealed class ShippingAddress
{
    public string Name { get; set; } = "";

    public string Line1 { get; set; } = "";

    public string? Line2 { get; set; }

    public string City { get; set; } = "";

    public string? Region { get; set; }

    public string PostalCode { get; set; } = "";

    public string Country { get; set; } = "";
}
