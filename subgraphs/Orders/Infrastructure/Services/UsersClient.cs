using System.Text.Json;

namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>Users' <c>userById</c> (SERVICE token): the address order emails go to.</summary>
public sealed class UsersClient(ServiceGraphQLClient client, ServiceEndpoints endpoints)
{
    public const string Service = "users";

    private const string Query = "query($id: ID!) { userById(id: $id) { email } }";

    /// <summary>The user's email; null when Users has no such account (nobody to write to).</summary>
    public async Task<string?> GetEmailAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = (await client.ExecuteAsync(Service, endpoints.Users, Query, new { id = userId.ToString() }, cancellationToken)).GetProperty("userById");
        return user.ValueKind == JsonValueKind.Null ? null : user.GetProperty("email").GetString();
    }
}
