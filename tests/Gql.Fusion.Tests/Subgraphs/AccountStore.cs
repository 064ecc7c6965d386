using Gql.Federation;
using Gql.Types;

namespace Gql.Fusion.Tests.Subgraphs;

[Service]
public sealed class AccountStore
{
    public AccountStore()
    {
        Users = Enumerable.Range(1, SampleData.UserCount).Select(n => new User("u" + n, "User " + n, "user" + n)).ToList();
        ById = Users.ToDictionary(u => u.Id);
    }

    public IReadOnlyList<User> Users { get; }

    public IReadOnlyDictionary<string, User> ById { get; }
}
