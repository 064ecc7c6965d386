using ECommerce.ServiceDefaults.Authentication;
using ECommerce.Users.Infrastructure;
using Gql.AspNetCore.Authorization;
using Gql.Data;
using Gql.Federation;
using Gql.Types;
using Gql.Types.Resolvers;

namespace ECommerce.Users.Types;

public sealed class Query
{
    [Authorize]
    [GraphQLDescription("The signed-in user (from the Bearer token); null when the account no longer exists.")]
    public async Task<User?> GetMeAsync(IResolverContext context, UserByIdDataLoader users, CancellationToken cancellationToken)
    {
        var userId = Viewer.From(context).RequireUser();
        return await users.LoadAsync(userId, cancellationToken);
    }

    [Authorize(Roles = new[] { Roles.Admin })]
    [UsePaging(IncludeTotalCount = true, MaxPageSize = UserStore.MaxPageSize)]
    [GraphQLDescription("Every account, oldest first (ADMIN only).")]
    public Task<Page<User>> GetUsersAsync(IResolverContext context, [Service] UserStore store, CancellationToken cancellationToken)
        => store.PageUsersAsync(context.GetPagingArguments(), context.IsTotalCountSelected(), cancellationToken);

    [Authorize(Roles = new[] { Roles.Admin })]
    [GraphQLDescription("The account with this email (ADMIN only). Emails are stored encrypted, so this exact match through the lookup hash is the way to search by email.")]
    public async Task<User?> GetUserByEmailAsync(string email, [Service] UserStore store, UserByIdDataLoader users, CancellationToken cancellationToken)
    {
        var account = await store.FindByEmailAsync(Model.EmailAddress.Normalize(email), cancellationToken);
        return account is null ? null : await users.LoadAsync(account.Id, cancellationToken);
    }

    [Lookup]
    [Internal]
    [GraphQLDescription("One account by id (the gateway's entity lookup): for the user themselves, ADMIN, and other services of the shop (SERVICE tokens).")]
    public async Task<User?> GetUserByIdAsync([ID] string id, IResolverContext context, UserByIdDataLoader users, CancellationToken cancellationToken)
    {
        var viewer = Viewer.From(context);
        if (!Guid.TryParse(id, out var userId) || viewer.UserId != userId)
        {
            viewer.RequireRole(Roles.Admin, Roles.Service);
        }

        return userId == Guid.Empty ? null : await users.LoadAsync(userId, cancellationToken);
    }
}
