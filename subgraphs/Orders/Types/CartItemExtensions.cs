using ECommerce.Orders.Model;
using Gql.Types;

namespace ECommerce.Orders.Types;

[ExtendObjectType(typeof(CartItem))]
public sealed class CartItemExtensions
{
    [GraphQLDescription("The product; its current price and name come from Products.")]
    public Product GetProduct([Parent] CartItem item) => new(item.ProductId.ToString());
}
