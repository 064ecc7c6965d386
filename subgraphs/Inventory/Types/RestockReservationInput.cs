using Gql.Types;

namespace ECommerce.Inventory.Types;

public sealed record RestockReservationInput([property: ID] string OrderId);
