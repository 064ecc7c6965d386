using Gql.Types;

namespace ECommerce.Inventory.Types;

public sealed record ReleaseReservationInput([property: ID] string OrderId);
