using System.Net.Http.Headers;
using System.Text;

namespace Gql.AspNetCore.Tests;

public static class HttpClientExtensions
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static Task<GraphQLResponse> PostJsonAsync(this HttpClient client, string body, string? accept = null, string path = "/graphql")
        => client.PostRawAsync(body, "application/json", accept, path);

    public static async Task<GraphQLResponse> PostRawAsync(this HttpClient client, string body, string? contentType, string? accept = null, string path = "/graphql")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await client.SendWithAcceptAsync(request, accept);
    }

    public static async Task<GraphQLResponse> GetAsync(this HttpClient client, string pathAndQuery, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        return await client.SendWithAcceptAsync(request, accept);
    }

    public static async Task<GraphQLResponse> SendWithAcceptAsync(this HttpClient client, HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
