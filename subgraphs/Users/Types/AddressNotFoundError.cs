using Gql.Types;

namespace ECommerce.Users.Types;

/// <summary>The signed-in user has no address with this id.</summary>
public sealed record AddressNotFoundError([property: ID] string AddressId) : IError, IUpdateAddressError, IRemoveAddressError
{
    public string Message => "No address with this id belongs to you.";
}
