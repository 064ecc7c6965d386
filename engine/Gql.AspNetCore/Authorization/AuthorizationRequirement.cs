namespace Gql.AspNetCore.Authorization;

/// <summary>What one <see cref="AuthorizeAttribute"/> demands, with its roles split once at schema build.</summary>
internal sealed class AuthorizationRequirement(string[] roles, string? policy)
{
    public string[] Roles { get; } = roles;

    public string? Policy { get; } = policy;

    public static AuthorizationRequirement From(AuthorizeAttribute attribute)
    {
        var roles = (attribute.Roles ?? [])
            .SelectMany(entry => entry.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new AuthorizationRequirement(roles, string.IsNullOrWhiteSpace(attribute.Policy) ? null : attribute.Policy);
    }
}
