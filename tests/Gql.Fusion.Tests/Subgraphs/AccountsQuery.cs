using Gql.Federation;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

public sealed class AccountsQuery
{
    /// <summary>The first user, as if signed in.</summary>
    public User? GetMe(AccountStore store) => store.Users[0];

    public IReadOnlyList<User> GetUsers(AccountStore store) => store.Users;

    [Lookup]
    [Internal]
    public User? GetUserById([ID] string id, AccountStore store) => store.ById.GetValueOrDefault(id);
}
