namespace ECommerce.Shop.Testing;

/// <summary>Marks a service's own calls to other services (<see cref="SubgraphRequestLog.CallerHeader"/>), so the request log tells them from the gateway's.</summary>
internal sealed class CallerHeaderHandler(string caller) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation(SubgraphRequestLog.CallerHeader, caller);
        return base.SendAsync(request, cancellationToken);
    }
}
