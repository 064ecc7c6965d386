using ECommerce.Users.Types;
using Gql.DataLoader;

namespace ECommerce.Users.Infrastructure;

/// <summary>Users by id in one query per batch (the gateway's entity lookups for a list of orders ask for many at once).</summary>
public sealed class UserByIdDataLoader(DataLoaderScope scope, UserStore store) : BatchDataLoader<Guid, User>(scope)
{
    protected override async Task<IReadOnlyDictionary<Guid, User>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
        => (await store.GetUsersAsync(keys, cancellationToken)).ToDictionary(u => Guid.Parse(u.Id));
}
