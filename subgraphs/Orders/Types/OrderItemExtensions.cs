using ECommerce.Orders.Model;
using Gql.Types;

namespace ECommerce.Orders.Types;

[ExtendObjectType(typeof(OrderItem))]
public sealed class OrderItemExtensions
{
    public Product GetProduct([Parent] OrderItem item) => new(item.ProductId.ToString());
}
