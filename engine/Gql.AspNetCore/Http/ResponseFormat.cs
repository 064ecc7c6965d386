namespace Gql.AspNetCore;

/// <summary>The media type of a response (GraphQL over HTTP, "Accept").</summary>
internal enum ResponseFormat
{
    /// <summary>Nothing the client accepts can be produced (406).</summary>
    None,

    /// <summary><c>application/json</c>: well-formed GraphQL responses use 200.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: request errors use 4xx.</summary>
    GraphQLResponseJson,
}
