namespace Gql.AspNetCore;

internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string JsonUtf8 = "application/json; charset=utf-8";
    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";
    public const string PlainTextUtf8 = "text/plain; charset=utf-8";
}
