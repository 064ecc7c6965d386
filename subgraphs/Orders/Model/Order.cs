using Gql.Federation;
using Gql.Types;

namespace ECommerce.Orders.Model;

/// <summary>
/// An order: the items with the prices of the moment it was placed, where it ships to, and its
/// status. Only its customer, an admin or another service of the shop can read it.
/// </summary>
[Key("id")]
public sealed class Order
{
    [ID]
    public Guid Id { get; set; }

    [ID]
    [GraphQLDescription("The Users id of the customer who placed the order.")]
    public Guid UserId { get; set; }

    public OrderStatus Status { get; set; }

    [GraphQLDescription("The sum of the items' line totals.")]
    public decimal Total { get; set; }

    [GraphQLDescription("ISO 4217 code of every amount of the order, such as \"EUR\".")]
    public string Currency { get; set; } = "EUR";

    public ShippingAddress ShippingAddress { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }

    [GraphQLIgnore]
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The client's checkout key: a checkout retried with the same key returns this order.</summary>
    [GraphQLIgnore]
    public string IdempotencyKey { get; set; } = "";
}
