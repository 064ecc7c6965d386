namespace Gql.AspNetCore.Tests;

/// <summary>A scoped service: one id per HTTP request.</summary>
public sealed class RequestMarker
{
    public string Id { get; } = Guid.NewGuid().ToString("N");
}
