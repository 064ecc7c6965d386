namespace Gql.AspNetCore;

/// <summary>The <c>extensions.code</c> values of errors the HTTP transport reports itself.</summary>
public static class HttpErrorCodes
{
    /// <summary>The body is not valid JSON (or not UTF-8).</summary>
    public const string InvalidJson = "HTTP_INVALID_JSON";

    /// <summary>The body or query string has neither a <c>query</c> nor a document id.</summary>
    public const string MissingQuery = "HTTP_MISSING_QUERY";

    /// <summary>A request parameter has the wrong JSON type (GraphQL over HTTP, "Request Parameters").</summary>
    public const string InvalidParameter = "HTTP_INVALID_PARAMETER";

    /// <summary>The request's Content-Type is not <c>application/json</c> (415).</summary>
    public const string UnsupportedMediaType = "HTTP_UNSUPPORTED_MEDIA_TYPE";

    /// <summary>No media type in the Accept header can be produced (406).</summary>
    public const string NotAcceptable = "HTTP_NOT_ACCEPTABLE";

    /// <summary>The HTTP method is not allowed, or a mutation was sent with GET (405).</summary>
    public const string MethodNotAllowed = "HTTP_METHOD_NOT_ALLOWED";

    /// <summary>The body is larger than <see cref="GraphQLServerOptions.MaxRequestSize"/> (413).</summary>
    public const string RequestTooLarge = "HTTP_REQUEST_TOO_LARGE";

    /// <summary>A batch was sent while batching is off, or it has more than <see cref="GraphQLServerOptions.MaxBatchSize"/> requests.</summary>
    public const string BatchingNotAllowed = "HTTP_BATCHING_NOT_ALLOWED";

    /// <summary>A subscription was sent to the plain JSON transport, which cannot stream.</summary>
    public const string StreamingNotSupported = "HTTP_STREAMING_NOT_SUPPORTED";
}
