using Gql.Federation;

namespace ECommerce.Users.Types;

/// <summary>A field of the input is not acceptable; <see cref="Field"/> names it as in the input type.</summary>
[ShareableType]
public sealed record InvalidInputError(string Field, string Message) : IError, ISignUpError, IUpdateProfileError, IAddAddressError, IUpdateAddressError;
