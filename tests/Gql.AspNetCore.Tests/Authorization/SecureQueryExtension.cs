using Gql.AspNetCore.Authorization;
using Gql.Types;

namespace Gql.AspNetCore.Tests.Authorization;

[ExtendObjectType("Query")]
public sealed class SecureQueryExtension
{
    [Authorize(Roles = ["admin"])]
    public string? Reports => "reports";
}
