using Gql.Types;

namespace ECommerce.Inventory.Types;

[UnionType]
public interface IRestockReservationError;
