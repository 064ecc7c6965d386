using Gql.Federation;
using Gql.Types;

namespace Gql.Benchmarks.Subgraphs.Accounts;

public sealed class AccountsQuery
{
    public User? GetMe() => AccountsData.Users[0];

    /// <summary>A public field that is also the lookup gateways resolve <c>User</c> entities with.</summary>
    [Lookup]
    public User? GetUser([ID] string id) => AccountsData.Find(id);

    public IReadOnlyList<User?>? GetUsers() => AccountsData.Users;
}
