namespace ECommerce.Users.Types;

/// <summary>Too many failed log-ins for this email recently; try again after <see cref="RetryAfterSeconds"/>.</summary>
public sealed record TooManyAttemptsError(int RetryAfterSeconds) : IError, ILogInError
{
    public string Message => "Too many failed log-ins for this email; try again later.";
}
