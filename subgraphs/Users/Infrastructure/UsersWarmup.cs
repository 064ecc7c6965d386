using ECommerce.ServiceDefaults.Authentication;
using ECommerce.ServiceDefaults.Warmup;

namespace ECommerce.Users.Infrastructure;

/// <summary>What Users runs against itself before it reports ready: the signed-in user and the gateway's user lookup, for a user nobody has (reads only).</summary>
public static class UsersWarmup
{
    public static WarmupOperation[] Operations()
        =>
        [
            new("me", "query { me { id email name role } }", null, [Roles.Customer]),
            new("user", "query($id: ID!) { userById(id: $id) { id email name } }", new { id = Guid.NewGuid().ToString() }, [Roles.Service]),
        ];
}
