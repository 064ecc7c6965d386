using ECommerce.ServiceDefaults.Authentication;
using ECommerce.Users.Infrastructure;
using ECommerce.Users.Model;
using Gql.AspNetCore.Authorization;
using Gql.Types;
using Gql.Types.Resolvers;

namespace ECommerce.Users.Types;

/// <summary>
/// Mutations in Hot Chocolate's conventions: one <c>input</c> argument, a payload with the result
/// and <c>errors</c>, a list of the expected failures as typed data (unions of <see cref="IError"/> types).
/// Not signed in where a user is needed: an AUTH_NOT_AUTHENTICATED GraphQL error ([Authorize]).
/// </summary>
public sealed class Mutation
{
    [GraphQLDescription("Creates a CUSTOMER account and signs it in.")]
    public async Task<SignUpPayload> SignUpAsync(
        SignUpInput input,
        [Service] UserStore store,
        [Service] PasswordHasher hasher,
        [Service] JwtTokenService tokens,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var email = EmailAddress.Normalize(input.Email);
        var name = input.Name.Trim();
        var phone = InputRules.Clean(input.Phone);
        var errors = new List<InvalidInputError>();
        InputRules.Email(email, errors);
        InputRules.Password(input.Password, errors);
        InputRules.Name(name, errors);
        if (phone is not null)
        {
            InputRules.Phone(phone, errors);
        }

        if (errors.Count > 0)
        {
            return new SignUpPayload(null, null, errors);
        }

        var user = await store.CreateAsync(email, name, phone, hasher.HashPassword(input.Password), Roles.Customer, cancellationToken);
        return user is null
            ? new SignUpPayload(null, null, [new EmailTakenError(email)])
            : new SignUpPayload(user, tokens.CreateToken(user.Id, [Roles.Customer]), null);
    }

    [GraphQLDescription("Checks the email and password and returns a token. A wrong email and a wrong password give the same error.")]
    public async Task<LogInPayload> LogInAsync(
        LogInInput input,
        [Service] UserStore store,
        [Service] PasswordHasher hasher,
        [Service] JwtTokenService tokens,
        [Service] LogInThrottle throttle,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var email = EmailAddress.Normalize(input.Email);
        var lookup = store.EmailLookup(email);
        if (throttle.RetryAfter(lookup) is { } retryAfter)
        {
            return new LogInPayload(null, null, [new TooManyAttemptsError((int)Math.Ceiling(retryAfter.TotalSeconds))]);
        }

        var account = await store.FindByEmailAsync(email, cancellationToken);
        var verification = PasswordVerificationResult.Failed;
        if (account is null)
        {
            hasher.VerifyAgainstNothing(input.Password);
        }
        else
        {
            verification = hasher.VerifyHashedPassword(account.PasswordHash, input.Password);
        }

        if (account is null || verification == PasswordVerificationResult.Failed)
        {
            throttle.RecordFailure(lookup);
            return new LogInPayload(null, null, [new InvalidCredentialsError()]);
        }

        throttle.Reset(lookup);
        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await store.SetPasswordHashAsync(account.Id, hasher.HashPassword(input.Password), cancellationToken);
        }

        return new LogInPayload(store.ToUser(account), tokens.CreateToken(account.Id.ToString(), [account.Role]), null);
    }

    [Authorize]
    [GraphQLDescription("Changes the signed-in user's name or phone number.")]
    public async Task<UpdateProfilePayload> UpdateProfileAsync(
        UpdateProfileInput input,
        IResolverContext context,
        [Service] UserStore store,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var userId = Viewer.From(context).RequireUser();
        var name = input.Name?.Trim();
        var phone = input.Phone?.Trim();
        var errors = new List<InvalidInputError>();
        if (name is not null)
        {
            InputRules.Name(name, errors);
        }

        if (phone is { Length: > 0 })
        {
            InputRules.Phone(phone, errors);
        }

        if (errors.Count > 0)
        {
            return new UpdateProfilePayload(null, errors);
        }

        return new UpdateProfilePayload(await store.UpdateProfileAsync(userId, name, phone, cancellationToken), null);
    }

    [Authorize]
    [GraphQLDescription("Adds an address to the signed-in user.")]
    public async Task<AddAddressPayload> AddAddressAsync(
        AddAddressInput input,
        IResolverContext context,
        [Service] UserStore store,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var userId = Viewer.From(context).RequireUser();
        var fields = new AddressFields(
            InputRules.Clean(input.Label),
            input.Line1.Trim(),
            InputRules.Clean(input.Line2),
            input.City.Trim(),
            InputRules.Clean(input.Region),
            input.PostalCode.Trim(),
            input.Country.Trim().ToUpperInvariant());
        var errors = new List<InvalidInputError>();
        InputRules.Address(fields, errors);
        if (errors.Count > 0)
        {
            return new AddAddressPayload(null, null, errors);
        }

        var changed = await store.ChangeAddressesAsync(userId, editor => editor.Add(fields, input.IsDefault).Id.ToString(), cancellationToken);
        return changed is { } result
            ? new AddAddressPayload(result.User.Addresses.First(a => a.Id == result.Result), result.User, null)
            : new AddAddressPayload(null, null, null);
    }

    [Authorize]
    [GraphQLDescription("Changes an address of the signed-in user.")]
    public async Task<UpdateAddressPayload> UpdateAddressAsync(
        UpdateAddressInput input,
        IResolverContext context,
        [Service] UserStore store,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var userId = Viewer.From(context).RequireUser();
        if (!Guid.TryParse(input.Id, out var addressId))
        {
            return new UpdateAddressPayload(null, null, [new AddressNotFoundError(input.Id)]);
        }

        var changed = await store.ChangeAddressesAsync<IReadOnlyList<IUpdateAddressError>>(
            userId,
            editor =>
            {
                if (editor.Find(addressId) is not { } address)
                {
                    return [new AddressNotFoundError(input.Id)];
                }

                var fields = Merge(editor.Read(address), input);
                var errors = new List<InvalidInputError>();
                InputRules.Address(fields, errors);
                if (errors.Count > 0)
                {
                    return errors;
                }

                editor.Update(address, fields, input.IsDefault);
                return [];
            },
            cancellationToken);

        if (changed is not { } result)
        {
            return new UpdateAddressPayload(null, null, [new AddressNotFoundError(input.Id)]);
        }

        return result.Result.Count > 0
            ? new UpdateAddressPayload(null, null, result.Result)
            : new UpdateAddressPayload(result.User.Addresses.First(a => a.Id == addressId.ToString()), result.User, null);
    }

    [Authorize]
    [GraphQLDescription("Removes an address of the signed-in user; when it was the default, the oldest remaining address becomes the default.")]
    public async Task<RemoveAddressPayload> RemoveAddressAsync(
        RemoveAddressInput input,
        IResolverContext context,
        [Service] UserStore store,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var userId = Viewer.From(context).RequireUser();
        if (!Guid.TryParse(input.Id, out var addressId))
        {
            return new RemoveAddressPayload(null, null, [new AddressNotFoundError(input.Id)]);
        }

        var changed = await store.ChangeAddressesAsync(
            userId,
            editor =>
            {
                if (editor.Find(addressId) is not { } address)
                {
                    return null;
                }

                var removed = store.ToAddress(address);
                editor.Remove(address);
                return removed;
            },
            cancellationToken);

        return changed is { Result: { } removedAddress } result
            ? new RemoveAddressPayload(removedAddress, result.User, null)
            : new RemoveAddressPayload(null, null, [new AddressNotFoundError(input.Id)]);
    }

    private static AddressFields Merge(AddressFields current, UpdateAddressInput input) => new(
        input.Label is null ? current.Label : InputRules.Clean(input.Label),
        input.Line1?.Trim() ?? current.Line1,
        input.Line2 is null ? current.Line2 : InputRules.Clean(input.Line2),
        input.City?.Trim() ?? current.City,
        input.Region is null ? current.Region : InputRules.Clean(input.Region),
        input.PostalCode?.Trim() ?? current.PostalCode,
        input.Country?.Trim().ToUpperInvariant() ?? current.Country);
}
