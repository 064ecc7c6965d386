using System.Runtime.CompilerServices;
using Gql.AspNetCore.Authorization;

namespace Gql.AspNetCore.Tests.Authorization;

public sealed class SecureSubscription
{
    [Authorize(Roles = ["admin"])]
    public async IAsyncEnumerable<string> Alerts([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        yield return "alert";
    }
}
