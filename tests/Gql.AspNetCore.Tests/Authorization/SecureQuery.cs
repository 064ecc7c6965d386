using Gql.AspNetCore.Authorization;

namespace Gql.AspNetCore.Tests.Authorization;

public sealed class SecureQuery
{
    public string Public => "public";

    [Authorize]
    public string? Secret => "secret";

    [Authorize]
    public string RequiredSecret => "required secret";

    [Authorize("admin", "staff")]
    public string? Backoffice => "backoffice";

    [Authorize(Roles = ["auditor, admin"])]
    public string? Audit => "audit";

    [Authorize(Policy = AuthorizationServerFixture.AdultPolicy)]
    public string? Adult => "adult";

    [Authorize(AuthorizationServerFixture.SelfPolicy)]
    public string? Profile(string userName) => "profile of " + userName;

    [Authorize(Policy = "NotRegistered")]
    public string? Misconfigured => "misconfigured";

    public StaffArea Staff => new();
}
