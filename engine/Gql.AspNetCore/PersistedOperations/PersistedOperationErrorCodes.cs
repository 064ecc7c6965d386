namespace Gql.AspNetCore;

/// <summary>The <c>extensions.code</c> values of persisted-operation errors.</summary>
public static class PersistedOperationErrorCodes
{
    /// <summary>The id (or APQ hash) is not in the storage. APQ misses are HTTP 200 so Apollo clients retry with the text.</summary>
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The APQ hash (or id) does not match the SHA-256 of the sent text, or the stored text differs.</summary>
    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>An APQ hash without text was sent to a server with no document storage.</summary>
    public const string NotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    /// <summary>Only persisted documents may run and the request's text is not one of them.</summary>
    public const string DocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";
}
