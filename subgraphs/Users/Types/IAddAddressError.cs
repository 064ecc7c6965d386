using Gql.Types;

namespace ECommerce.Users.Types;

[UnionType]
public interface IAddAddressError;
