using Gql.Types;

namespace ECommerce.Users.Types;

/// <summary>Fields left out (or null) stay as they are.</summary>
public sealed record UpdateProfileInput(
    string? Name = null,
    [property: GraphQLDescription("An empty string removes the phone number.")] string? Phone = null);
