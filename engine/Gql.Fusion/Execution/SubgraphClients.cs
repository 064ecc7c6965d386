using System.Net;
using System.Text.Json;
using Gql.Execution;
using Gql.Fusion.Metadata;
using Gql.Language;

namespace Gql.Fusion.Execution;

/// <summary>
/// One pooled <see cref="HttpClient"/> per subgraph (<see cref="SocketsHttpHandler"/>: keep-alive
/// connections reused across requests, HTTP/2 when the subgraph offers it over TLS), and the
/// POST of one subgraph request with its timeout and failure mapping.
/// </summary>
internal sealed class SubgraphClients : IDisposable
{
    private readonly Dictionary<string, (SubgraphEndpoint Endpoint, HttpClient Client, TimeSpan Timeout)> _clients = new(StringComparer.Ordinal);

    public SubgraphClients(FusionSchema schema, FusionGatewayOptions options)
    {
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
            var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
            _clients[endpoint.Name] = (endpoint, client, endpoint.Timeout ?? options.SubgraphTimeout);
        }
    }

    /// <summary>Posts <paramref name="body"/> (a GraphQL over HTTP request) to the subgraph; never throws but for the caller's cancellation.</summary>
    public async Task<SubgraphResponse> PostAsync(string subgraph, PooledBufferWriter body, FetchContext context, CancellationToken cancellationToken)
    {
        var (endpoint, client, timeout) = _clients[subgraph];
        var content = new ReadOnlyMemoryContent(body.WrittenMemory);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.HttpUrl)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            Content = content,
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json;q=0.9");
        foreach (var header in context.Headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, (IEnumerable<string?>)header.Value);
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token).ConfigureAwait(false);
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
        foreach (var (_, client, _) in _clients.Values)
        {
            client.Dispose();
        }
    }

    private static SubgraphResponse Failed(string code, string message, string subgraph)
        => new(null, new GraphQLError(message, null, null, new Dictionary<string, object?> { ["code"] = code, ["subgraph"] = subgraph }));
}
