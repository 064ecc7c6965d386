using Gql.Types;

namespace ECommerce.Orders.Model;

/// <summary>One line of an order, with the product's name, SKU and price as they were at checkout.</summary>
public sealed class OrderItem
{
    [GraphQLIgnore]
    public Guid Id { get; set; }

    [GraphQLIgnore]
    public Guid OrderId { get; set; }

    [GraphQLIgnore]
    public int Position { get; set; }

    [GraphQLIgnore]
    public Guid ProductId { get; set; }

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }

    [GraphQLDescription("unitPrice × quantity.")]
    public decimal LineTotal { get; set; }

    public string ProductName { get; set; } = "";

    public string Sku { get; set; } = "";
}
