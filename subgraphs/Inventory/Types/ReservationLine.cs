using Gql.Types;

namespace ECommerce.Inventory.Types;

public sealed record ReservationLine([property: ID] string ProductId, int Quantity);
