using Gql.Types;

namespace ECommerce.Inventory.Types;

public sealed record ReserveStockInput(
    [property: ID, GraphQLDescription("The order the stock is held for; also the idempotency key (a repeat returns the first reservation).")] string OrderId,
    [property: GraphQLDescription("One line per product; lines of the same product are added together.")] IReadOnlyList<ReservationLineInput> Lines);
