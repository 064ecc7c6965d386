using Gql.Types;

namespace ECommerce.Orders.Model;

/// <summary>A product in a cart; its price is read from Products at checkout.</summary>
public sealed class CartItem
{
    [GraphQLIgnore]
    public Guid UserId { get; set; }

    [GraphQLIgnore]
    public Guid ProductId { get; set; }

    public int Quantity { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
