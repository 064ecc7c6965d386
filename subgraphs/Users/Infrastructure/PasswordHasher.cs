using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ECommerce.Users.Infrastructure;

/// <summary>
/// PBKDF2 password hashes in ASP.NET Core Identity's version 3 format, so hashes can move to or from
/// an Identity user store: <c>0x01</c>, then the PRF, the iteration count and the salt length as
/// big-endian 32-bit integers, the salt, the subkey; all of it in base64. New hashes use
/// HMAC-SHA512, 100,000 iterations, a 16-byte random salt and a 32-byte subkey.
/// </summary>
public sealed class PasswordHasher
{
    public const byte FormatMarker = 0x01;
    public const int Iterations = 100_000;
    public const int SaltBytes = 16;
    public const int SubkeyBytes = 32;

    /// <summary>Identity's KeyDerivationPrf values.</summary>
    public const uint PrfHmacSha1 = 0;
    public const uint PrfHmacSha256 = 1;
    public const uint PrfHmacSha512 = 2;

    private const int HeaderBytes = 13;

    // Checked instead of a real hash when an email is unknown, so a failed log-in costs the same either way.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher().HashPassword(Guid.NewGuid().ToString("N")));

    public string HashPassword(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var output = new byte[HeaderBytes + SaltBytes + SubkeyBytes];
        output[0] = FormatMarker;
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(1), PrfHmacSha512);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(5), Iterations);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(9), SaltBytes);
        var salt = output.AsSpan(HeaderBytes, SaltBytes);
        RandomNumberGenerator.Fill(salt);
        Rfc2898DeriveBytes.Pbkdf2(password, salt, output.AsSpan(HeaderBytes + SaltBytes), Iterations, HashAlgorithmName.SHA512);
        return Convert.ToBase64String(output);
    }

    public PasswordVerificationResult VerifyHashedPassword(string hashedPassword, string providedPassword)
    {
        ArgumentNullException.ThrowIfNull(hashedPassword);
        ArgumentNullException.ThrowIfNull(providedPassword);
        byte[] decoded;
        try
        {
            decoded = Convert.FromBase64String(hashedPassword);
        }
        catch (FormatException)
        {
            return PasswordVerificationResult.Failed;
        }

        if (!TryReadHeader(decoded, out var prf, out var iterations, out var saltLength))
        {
            return PasswordVerificationResult.Failed;
        }

        var salt = decoded.AsSpan(HeaderBytes, saltLength);
        var expected = decoded.AsSpan(HeaderBytes + saltLength);
        Span<byte> actual = stackalloc byte[expected.Length];
        Rfc2898DeriveBytes.Pbkdf2(providedPassword, salt, actual, iterations, prf);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            return PasswordVerificationResult.Failed;
        }

        return prf == HashAlgorithmName.SHA512 && iterations >= Iterations
            ? PasswordVerificationResult.Success
            : PasswordVerificationResult.SuccessRehashNeeded;
    }

    /// <summary>Spends the time of one verification without a stored hash (unknown email on log-in).</summary>
    public void VerifyAgainstNothing(string providedPassword) => VerifyHashedPassword(DummyHash.Value, providedPassword);

    private static bool TryReadHeader(byte[] decoded, out HashAlgorithmName prf, out int iterations, out int saltLength)
    {
        prf = default;
        iterations = 0;
        saltLength = 0;
        if (decoded.Length < HeaderBytes || decoded[0] != FormatMarker)
        {
            return false;
        }

        var prfValue = BinaryPrimitives.ReadUInt32BigEndian(decoded.AsSpan(1));
        var iterationValue = BinaryPrimitives.ReadUInt32BigEndian(decoded.AsSpan(5));
        var saltValue = BinaryPrimitives.ReadUInt32BigEndian(decoded.AsSpan(9));
        prf = prfValue switch
        {
            PrfHmacSha1 => HashAlgorithmName.SHA1,
            PrfHmacSha256 => HashAlgorithmName.SHA256,
            PrfHmacSha512 => HashAlgorithmName.SHA512,
            _ => default,
        };

        // Identity's own checks: at least a 128-bit salt and a 128-bit subkey.
        if (prf == default || iterationValue is 0 or > int.MaxValue || saltValue < 16 || saltValue > (uint)(decoded.Length - HeaderBytes - 16))
        {
            return false;
        }

        iterations = (int)iterationValue;
        saltLength = (int)saltValue;
        return true;
    }
}
