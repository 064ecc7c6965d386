namespace ECommerce.Users.Types;

/// <summary>The email or the password is wrong (deliberately not saying which).</summary>
public sealed record InvalidCredentialsError : IError, ILogInError
{
    public string Message => "The email or the password is wrong.";
}
