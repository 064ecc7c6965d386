using Gql.Types;

namespace ECommerce.Users.Types;

/// <summary>Fields left out (or null) stay as they are; an empty string removes an optional field (label, line2, region).</summary>
public sealed record UpdateAddressInput(
    [property: ID] string Id,
    string? Label = null,
    string? Line1 = null,
    string? Line2 = null,
    string? City = null,
    string? Region = null,
    string? PostalCode = null,
    string? Country = null,
    bool? IsDefault = null);
