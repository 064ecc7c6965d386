using Gql.Types;

namespace ECommerce.Orders.Types;

public sealed record ShipOrderInput([property: ID] string OrderId, [property: GraphQLDescription("Kept in the status history.")] string? TrackingNumber = null);
