using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ECommerce.Shop.Testing;

/// <summary>A GraphQL subscription over Server-Sent Events (graphql-sse, distinct connections): each <c>next</c> event's payload, read with a bound.</summary>
public sealed class SseSubscription : IAsyncDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(20);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseSubscription(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    /// <param name="endpoint">The GraphQL endpoint; default <c>/graphql</c> relative to the client's base address.</param>
    public static async Task<SseSubscription> StartAsync(HttpClient http, string query, object variables, string? token, Uri? endpoint = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint ?? new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new SseSubscription(response, new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8));
    }

    /// <summary>The next result (the <c>data</c> of a <c>next</c> event), or null when the stream completed.</summary>
    public async Task<JsonElement?> NextAsync()
    {
        using var timeout = new CancellationTokenSource(ReadTimeout);
        string? name = null;
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (name == "complete")
                {
                    return null;
                }

                if (name == "next")
                {
                    return JsonDocument.Parse(data.ToString()).RootElement.Clone();
                }

                name = null;
                data.Clear();
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line["data:".Length..].TrimStart());
            }
        }

        return null;
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
