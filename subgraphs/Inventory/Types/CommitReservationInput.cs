using Gql.Types;

namespace ECommerce.Inventory.Types;

public sealed record CommitReservationInput([property: ID] string OrderId);
