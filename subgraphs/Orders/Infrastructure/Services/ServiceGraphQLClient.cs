using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ECommerce.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;

namespace ECommerce.Orders.Infrastructure.Services;

/// <summary>
/// Sends GraphQL requests to another service of the shop with the Orders service credential (role
/// SERVICE), a timeout per attempt, and retries of transient failures. Every mutation Orders sends is
/// idempotent (by order id or idempotency key), so a retry after a lost answer is safe.
/// </summary>
public sealed partial class ServiceGraphQLClient(
    IHttpClientFactory httpClients,
    JwtTokenService tokens,
    IOptions<ServiceCallOptions> options,
    ILogger<ServiceGraphQLClient> logger)
{
    public const string HttpClientName = "orders-service-calls";
    public const string ServiceName = "orders";

    private readonly ServiceCallOptions _options = options.Value;

    /// <summary>The response's <c>data</c>; throws <see cref="ServiceCallException"/> when there is none or it has errors.</summary>
    public async Task<JsonElement> ExecuteAsync(string service, Uri endpoint, string query, object variables, CancellationToken cancellationToken)
    {
        var delay = _options.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendAsync(service, endpoint, query, variables, cancellationToken);
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken) && attempt < _options.MaxAttempts)
            {
                LogRetry(logger, service, attempt, ex.Message);
                await Task.Delay(delay, cancellationToken);
                delay *= 2;
            }
            catch (Exception ex) when (IsTransient(ex, cancellationToken))
            {
                throw new ServiceCallException(service, $"no answer after {attempt} attempts ({ex.Message})", ex);
            }
        }
    }

    private async Task<JsonElement> SendAsync(string service, Uri endpoint, string query, object variables, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.CreateServiceToken(ServiceName));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if ((int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode}", null, response.StatusCode);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ServiceCallException(service, $"refused the request with HTTP {(int)response.StatusCode}");
        }

        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: timeout.Token);
        var root = document.RootElement;
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var message = first.TryGetProperty("message", out var text) ? text.GetString() : errors.GetRawText();
            throw new ServiceCallException(service, $"answered with an error: {message}");
        }

        return root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data.Clone()
            : throw new ServiceCallException(service, "answered without data");
    }

    /// <summary>No connection, a timeout of the attempt (not the caller's cancellation), HTTP 5xx/408/429.</summary>
    private static bool IsTransient(Exception exception, CancellationToken cancellationToken)
        => exception is HttpRequestException or IOException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call to {Service} failed (attempt {Attempt}): {Reason}; retrying")]
    private static partial void LogRetry(ILogger logger, string service, int attempt, string reason);
}
