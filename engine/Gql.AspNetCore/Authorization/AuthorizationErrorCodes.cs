namespace Gql.AspNetCore.Authorization;

/// <summary>The <c>extensions.code</c> values of authorization errors (Hot Chocolate's codes).</summary>
public static class AuthorizationErrorCodes
{
    /// <summary>The field needs an authenticated user and the request has none.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    /// <summary>The user is authenticated but lacks a required role or fails the policy.</summary>
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>The named policy is not registered, or no authorization service is.</summary>
    public const string PolicyNotFound = "AUTH_POLICY_NOT_FOUND";
}
