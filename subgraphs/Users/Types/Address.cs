using Gql.Types;

namespace ECommerce.Users.Types;

/// <summary>A postal address of a user (shipping or billing).</summary>
public sealed class Address
{
    [ID]
    public required string Id { get; init; }

    [GraphQLDescription("A name the user gave the address, such as \"Home\".")]
    public string? Label { get; init; }

    public required string Line1 { get; init; }

    public string? Line2 { get; init; }

    public required string City { get; init; }

    public string? Region { get; init; }

    public required string PostalCode { get; init; }

    [GraphQLDescription("ISO 3166-1 alpha-2 country code, such as \"DE\".")]
    public required string Country { get; init; }

    [GraphQLDescription("The address orders ship to unless another is chosen; at most one per user.")]
    public required bool IsDefault { get; init; }
}
