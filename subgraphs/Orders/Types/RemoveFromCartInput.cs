using Gql.Types;

namespace ECommerce.Orders.Types;

public sealed record RemoveFromCartInput([property: ID] string ProductId);
