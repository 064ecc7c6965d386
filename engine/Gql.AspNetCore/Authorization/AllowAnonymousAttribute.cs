using Microsoft.AspNetCore.Authorization;

namespace Gql.AspNetCore.Authorization;

/// <summary>
/// Exempts a property or method from the <see cref="AuthorizeAttribute"/> of its class. ASP.NET
/// Core's own <c>[AllowAnonymous]</c> (any <see cref="IAllowAnonymous"/>) is honoured the same way.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, Inherited = true)]
public sealed class AllowAnonymousAttribute : Attribute, IAllowAnonymous
{
}
