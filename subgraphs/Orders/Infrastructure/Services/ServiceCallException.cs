namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>A call to another service failed after its retries, or the service refused it (GraphQL errors).</summary>
public sealed class ServiceCallException(string service, string message, Exception? innerException = null)
    : Exception($"{service}: {message}", innerException)
{
    public string Service { get; } = service;
}
