using System.Net;
using System.Text.Json;
using Gql.Execution;
using Gql.Fusion.Metadata;
using Gql.Language;
using Microsoft.Extensions.Primitives;

namespace Gql.Fusion.Execution;

/// <summary>
/// One <see cref="SocketsHttpHandler"/> per subgraph (keep-alive connections reused across requests,
/// HTTP/2 when the subgraph offers it over TLS), called through an <see cref="HttpMessageInvoker"/>
/// (an <see cref="HttpClient"/> would add a linked cancellation source per request), and the
/// POST of one subgraph request with its timeout and failure mapping. Identical requests of
/// queries in flight at the same time (same subgraph, forwarded headers and body) are sent once and
/// share the parsed answer (<see cref="FusionGatewayOptions.DeduplicateSubgraphRequests"/>).
/// </summary>
internal sealed class SubgraphClients : IDisposable
{
    private readonly Dictionary<string, (SubgraphEndpoint Endpoint, HttpMessageInvoker Client, TimeSpan Timeout, TimeSpan MutationTimeout)> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<InFlightRequestKey, InFlightRequest> _inFlight = new(InFlightRequestKeyComparer.Instance);
    private readonly bool _deduplicate;
    private int _joined;

    /// <summary>How many requests were answered by joining an identical one in flight.</summary>
    public int JoinedRequests => Volatile.Read(ref _joined);

    public SubgraphClients(FusionSchema schema, FusionGatewayOptions options)
    {
        _deduplicate = options.DeduplicateSubgraphRequests;
        foreach (var endpoint in schema.Subgraphs)
        {
            var handler = new SocketsHttpHandler
            {
                PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
                PooledConnectionLifetime = TimeSpan.FromMinutes(10),
                ConnectTimeout = TimeSpan.FromSeconds(5),
                EnableMultipleHttp2Connections = true,
                UseCookies = false,
                UseProxy = false,
                AutomaticDecompression = DecompressionMethods.None,
            };
            var client = new HttpMessageInvoker(handler, disposeHandler: true);
            var timeout = endpoint.Timeout ?? options.SubgraphTimeout;
            _clients[endpoint.Name] = (endpoint, client, timeout, endpoint.MutationTimeout ?? timeout);
        }
    }

    /// <summary>
    /// Posts <paramref name="body"/> (a GraphQL over HTTP request) to the subgraph, or joins the
    /// identical request already in flight when the context allows; never throws but for the
    /// caller's cancellation. Each caller disposes the response once.
    /// </summary>
    public Task<SubgraphResponse> PostAsync(string subgraph, PooledBufferWriter body, FetchContext context, CancellationToken cancellationToken)
        => PostAsync(subgraph, body.WrittenMemory, InFlightRequestProbe.HashBody(body.WrittenSpan), context, cancellationToken);

    /// <summary>Posts <paramref name="body"/>, whose <see cref="InFlightRequestProbe.HashBody"/> is <paramref name="bodyHash"/>; the body must stay unchanged until the task ends.</summary>
    public Task<SubgraphResponse> PostAsync(string subgraph, ReadOnlyMemory<byte> body, int bodyHash, FetchContext context, CancellationToken cancellationToken)
    {
        if (!_deduplicate || !context.MayShareSubgraphRequests)
        {
            return SendAsync(subgraph, body, context.Headers, context.IsMutation, cancellationToken);
        }

        // Only the request that starts an entry copies its body (into the key): the others compare in place.
        var probe = new InFlightRequestProbe(subgraph, context.Headers, body.Span, bodyHash);
        InFlightRequestKey? key = null;
        InFlightRequest? shared;
        bool leads;
        lock (_inFlight)
        {
            leads = !_inFlight.GetAlternateLookup<InFlightRequestProbe>().TryGetValue(probe, out shared);
            if (leads)
            {
                key = new InFlightRequestKey(probe);
                shared = new InFlightRequest();
                _inFlight.Add(key, shared);
            }
            else
            {
                shared!.Followers++;
            }
        }

        if (!leads)
        {
            Interlocked.Increment(ref _joined);
        }

        if (leads)
        {
            _ = SendSharedAsync(key!, shared, subgraph, context.Headers);
        }

        return WaitAsync(shared.Completion.Task, cancellationToken);
    }

    // The shared request does not stop when the caller that started it goes away: others wait for it.
    private async Task SendSharedAsync(InFlightRequestKey key, InFlightRequest shared, string subgraph, IReadOnlyList<KeyValuePair<string, StringValues>> headers)
    {
        SubgraphResponse? response = null;
        Exception? failure = null;
        try
        {
            response = await SendAsync(subgraph, key.Body, headers, isMutation: false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        int followers;
        lock (_inFlight)
        {
            _inFlight.Remove(key);
            followers = shared.Followers;
        }

        if (response is null)
        {
            shared.Completion.SetException(failure!);
            return;
        }

        response.AddOwners(followers);
        shared.Completion.SetResult(response);
    }

    private static async Task<SubgraphResponse> WaitAsync(Task<SubgraphResponse> shared, CancellationToken cancellationToken)
    {
        try
        {
            return await shared.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // This caller still owns its share: give it back when the answer comes.
            _ = shared.ContinueWith(static t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            throw;
        }
    }

    private async Task<SubgraphResponse> SendAsync(string subgraph, ReadOnlyMemory<byte> body, IReadOnlyList<KeyValuePair<string, StringValues>> headers, bool isMutation, CancellationToken cancellationToken)
    {
        var (endpoint, client, queryTimeout, mutationTimeout) = _clients[subgraph];
        var timeout = isMutation ? mutationTimeout : queryTimeout;
        var content = new ReadOnlyMemoryContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.HttpUrl)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            Content = content,
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json;q=0.9");
        foreach (var header in headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string?>)header.Value);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            // The invoker returns once the headers are read (HttpClient's ResponseHeadersRead); the body streams into the parser.
            using var response = await client.SendAsync(request, timeoutSource.Token).ConfigureAwait(false);
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType is null || !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                return Failed(FusionErrorCodes.SubgraphBadResponse, $"Subgraph \"{subgraph}\" answered with HTTP {(int)response.StatusCode} and no GraphQL response.", subgraph);
            }

            var stream = await response.Content.ReadAsStreamAsync(timeoutSource.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var document = await JsonDocument.ParseAsync(stream, default, timeoutSource.Token).ConfigureAwait(false);
                return new SubgraphResponse(document, null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(FusionErrorCodes.SubgraphTimeout, $"Subgraph \"{subgraph}\" did not answer within {timeout.TotalSeconds:0.###} s.", subgraph);
        }
        catch (HttpRequestException ex)
        {
            return Failed(FusionErrorCodes.SubgraphUnavailable, $"Subgraph \"{subgraph}\" is unavailable: {ex.Message}", subgraph);
        }
        catch (JsonException)
        {
            return Failed(FusionErrorCodes.SubgraphBadResponse, $"Subgraph \"{subgraph}\" answered with invalid JSON.", subgraph);
        }
        catch (IOException ex)
        {
            return Failed(FusionErrorCodes.SubgraphUnavailable, $"Subgraph \"{subgraph}\" closed the connection: {ex.Message}", subgraph);
        }
    }

    public SubgraphEndpoint GetEndpoint(string subgraph) => _clients[subgraph].Endpoint;

    public TimeSpan GetTimeout(string subgraph) => _clients[subgraph].Timeout;

    public void Dispose()
    {
        foreach (var (_, client, _, _) in _clients.Values)
        {
            client.Dispose();
        }
    }

    private static SubgraphResponse Failed(string code, string message, string subgraph)
        => new(null, new GraphQLError(message, null, null, new Dictionary<string, object?> { ["code"] = code, ["subgraph"] = subgraph }));
}
