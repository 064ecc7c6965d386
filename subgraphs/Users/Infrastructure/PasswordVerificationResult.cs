namespace ECommerce.Users.Infrastructure;

/// <summary>The outcome of checking a password against a stored hash (ASP.NET Core Identity's names).</summary>
public enum PasswordVerificationResult
{
    Failed,
    Success,

    /// <summary>The password is right, but the hash uses weaker parameters than today's; store a new one.</summary>
    SuccessRehashNeeded,
}
