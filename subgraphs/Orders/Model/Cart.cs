using Gql.Types;

namespace ECommerce.Orders.Model;

/// <summary>A signed-in customer's cart; it stays between sessions and empties when an order is paid.</summary>
public sealed class Cart
{
    [GraphQLIgnore]
    public Guid UserId { get; set; }

    public List<CartItem> Items { get; set; } = [];

    [GraphQLDescription("The number of units over all items.")]
    public int TotalQuantity => Items.Sum(i => i.Quantity);

    [GraphQLIgnore]
    public DateTimeOffset UpdatedAt { get; set; }
}
