using Gql.AspNetCore.Authorization;
using Gql.Types;

namespace Gql.AspNetCore.Tests.Authorization;

/// <summary>A type extension guarded at class level: only its own fields need the role.</summary>
[ExtendObjectType("Query")]
[Authorize(Roles = ["auditor"])]
public sealed class AuditQueryExtension
{
    public string? AuditTrail => "trail";

    [AllowAnonymous]
    public string? AuditPolicy => "public policy";
}
