using Gql.Types;

namespace ECommerce.Users.Types;

public sealed record RemoveAddressInput([property: ID] string Id);
