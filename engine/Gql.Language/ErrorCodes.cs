namespace Gql.Language;

/// <summary>The <c>extensions.code</c> values the engine reports.</summary>
public static class ErrorCodes
{
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string MaxTokensExceeded = "GRAPHQL_MAX_TOKENS_EXCEEDED";
    public const string MaxDepthExceeded = "GRAPHQL_MAX_DEPTH_EXCEEDED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string ResolverError = "INTERNAL_SERVER_ERROR";
    public const string NonNullViolation = "NON_NULL_VIOLATION";
    public const string SerializationFailed = "SERIALIZATION_FAILED";
    public const string AbstractTypeResolutionFailed = "ABSTRACT_TYPE_RESOLUTION_FAILED";
    public const string SchemaInvalid = "SCHEMA_INVALID";
    public const string Timeout = "TIMEOUT";
    public const string TooManyErrors = "GRAPHQL_TOO_MANY_ERRORS";
}
