using Gql.AspNetCore.Authorization;
using Gql.Types;

namespace Gql.AspNetCore.Tests.Authorization;

[Authorize]
public sealed class SecureMutation
{
    [Authorize(Roles = ["admin"])]
    public int? SetPrice(int price, [Service] PriceBook book)
    {
        book.Price = price;
        return price;
    }

    public int? CurrentPrice([Service] PriceBook book) => book.Price;
}
