using ECommerce.ServiceDefaults.Authentication;
using Gql.AspNetCore.Authorization;
using Gql.Types;

namespace ECommerce.ServiceDefaults.Tests;

/// <summary>The schema of the warm-up tests: a field that counts its calls, one for ADMIN only.</summary>
public sealed class WarmupQuery
{
    public int Count([Service] WarmupCalls calls) => calls.Increment();

    [Authorize(Roles = new[] { Roles.Admin })]
    public string AdminOnly() => "welcome";
}
