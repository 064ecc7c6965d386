using Gql.Types;

namespace ECommerce.Orders.Types;

public sealed record CancelOrderInput([property: ID] string OrderId, [property: GraphQLDescription("Kept in the status history.")] string? Reason = null);
