using Gql.AspNetCore.Authorization;

namespace Gql.AspNetCore.Tests.Authorization;

[Authorize(Roles = ["staff"])]
public sealed class StaffArea
{
    public string? Payroll => "payroll";

    [Authorize(Roles = ["admin"])]
    public string? Salaries => "salaries";

    [AllowAnonymous]
    public string? OpeningHours => "9-17";

    [Microsoft.AspNetCore.Authorization.AllowAnonymous]
    public string? GetAddress() => "Main Street 1";
}
