using Gql.Types;

namespace ECommerce.Orders.Types;

public sealed record DeliverOrderInput([property: ID] string OrderId);
