using System.Buffers.Binary;
using System.Security.Cryptography;
using ECommerce.Users.Infrastructure;

namespace ECommerce.Users.Tests;

public sealed class PasswordHasherTests
{
    private readonly PasswordHasher _hasher = new();

    [Fact]
    public void Hash_is_in_the_Identity_V3_format()
    {
        var hash = Convert.FromBase64String(_hasher.HashPassword("secret password"));

        Assert.Equal(13 + 16 + 32, hash.Length);
        Assert.Equal(0x01, hash[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.Equal(100_000u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)));
        Assert.Equal(16u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(9)));
        var expectedSubkey = Rfc2898DeriveBytes.Pbkdf2("secret password"u8.ToArray(), hash.AsSpan(13, 16).ToArray(), 100_000, HashAlgorithmName.SHA512, 32);
        Assert.Equal(expectedSubkey, hash[29..]);
    }

    [Fact]
    public void Right_password_verifies_and_a_wrong_one_fails()
    {
        var hash = _hasher.HashPassword("secret password");

        Assert.Equal(PasswordVerificationResult.Success, _hasher.VerifyHashedPassword(hash, "secret password"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(hash, "secret passwore"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(hash, ""));
    }

    [Fact]
    public void Equal_passwords_get_different_salts()
        => Assert.NotEqual(_hasher.HashPassword("same"), _hasher.HashPassword("same"));

    [Fact]
    public void Older_V3_parameters_verify_and_ask_for_a_rehash()
    {
        // Identity V3 as ASP.NET Core 2-6 wrote it: HMAC-SHA256, 10,000 iterations.
        var salt = RandomNumberGenerator.GetBytes(16);
        var subkey = Rfc2898DeriveBytes.Pbkdf2("old password"u8.ToArray(), salt, 10_000, HashAlgorithmName.SHA256, 32);
        var header = new byte[13];
        header[0] = 0x01;
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(1), 1);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(5), 10_000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(9), 16);
        var hash = Convert.ToBase64String([.. header, .. salt, .. subkey]);

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, _hasher.VerifyHashedPassword(hash, "old password"));
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(hash, "new password"));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AA==")]
    [InlineData("")]
    public void Malformed_hashes_fail(string hash)
        => Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(hash, "anything"));

    [Fact]
    public void A_tampered_hash_fails()
    {
        var hash = Convert.FromBase64String(_hasher.HashPassword("secret password"));
        hash[^1] ^= 0x01;

        Assert.Equal(PasswordVerificationResult.Failed, _hasher.VerifyHashedPassword(Convert.ToBase64String(hash), "secret password"));
    }
}
