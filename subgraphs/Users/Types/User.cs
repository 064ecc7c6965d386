using Gql.Federation;
using Gql.Types;

namespace ECommerce.Users.Types;

/// <summary>A shop account. Only the user themselves, an admin or another service of the shop can read one.</summary>
[Key("id")]
public sealed class User
{
    [ID]
    public required string Id { get; init; }

    public required string Email { get; init; }

    public required string Name { get; init; }

    public string? Phone { get; init; }

    public required Role Role { get; init; }

    public required IReadOnlyList<Address> Addresses { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
