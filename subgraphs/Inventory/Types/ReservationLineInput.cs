using Gql.Types;

namespace ECommerce.Inventory.Types;

public sealed record ReservationLineInput([property: ID] string ProductId, int Quantity);
