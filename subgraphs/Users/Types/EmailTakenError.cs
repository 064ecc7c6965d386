namespace ECommerce.Users.Types;

/// <summary>Another account already uses this email.</summary>
public sealed record EmailTakenError(string Email) : IError, ISignUpError
{
    public string Message => "An account with this email already exists.";
}
