using Gql.Types;

namespace ECommerce.Orders.Types;

[UnionType]
public interface IUpdateCartItemError;
