using System.Security.Cryptography;
using ECommerce.Users.Infrastructure;
using Microsoft.Extensions.Options;

namespace ECommerce.Users.Tests;

public sealed class PiiProtectorTests
{
    private static readonly string KeyA = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string KeyB = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Values_round_trip_with_a_random_nonce_and_the_key_id_in_front()
    {
        var protector = Create(KeyA, keyId: 7);

        var first = protector.Protect("jane@example.com", "users.email:1");
        var second = protector.Protect("jane@example.com", "users.email:1");

        Assert.Equal("jane@example.com", protector.Unprotect(first, "users.email:1"));
        Assert.Equal([0x01, 7], first[..2]);
        Assert.NotEqual(first, second);
        Assert.Equal(2 + 12 + "jane@example.com".Length + 16, first.Length);
    }

    [Fact]
    public void A_value_moved_to_another_column_or_row_does_not_decrypt()
    {
        var protector = Create(KeyA);
        var value = protector.Protect("Jane", "users.name:1");

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(value, "users.name:2"));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(value, "users.email:1"));
    }

    [Fact]
    public void A_tampered_value_does_not_decrypt()
    {
        var protector = Create(KeyA);
        var value = protector.Protect("Jane", "users.name:1");
        value[^1] ^= 0x01;

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(value, "users.name:1"));
    }

    [Fact]
    public void After_a_key_rotation_old_values_still_decrypt_with_the_retired_key()
    {
        var old = Create(KeyA, keyId: 1).Protect("Jane", "users.name:1");
        var rotated = Create(KeyB, keyId: 2, retired: new() { ["1"] = KeyA });
        var withoutOldKey = Create(KeyB, keyId: 2);

        Assert.Equal("Jane", rotated.Unprotect(old, "users.name:1"));
        Assert.Equal(2, rotated.Protect("Jane", "users.name:1")[1]);
        var error = Assert.ThrowsAny<CryptographicException>(() => withoutOldKey.Unprotect(old, "users.name:1"));
        Assert.Contains("key id 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_lookup_is_deterministic_and_depends_on_the_lookup_key()
    {
        var one = Create(KeyA, lookupKey: KeyA);
        var other = Create(KeyA, lookupKey: KeyB);

        Assert.Equal(one.EmailLookup("jane@example.com"), one.EmailLookup("jane@example.com"));
        Assert.Equal(32, one.EmailLookup("jane@example.com").Length);
        Assert.NotEqual(one.EmailLookup("jane@example.com"), other.EmailLookup("jane@example.com"));
        Assert.NotEqual(one.EmailLookup("jane@example.com"), one.EmailLookup("john@example.com"));
    }

    [Theory]
    [InlineData("too-short")]
    [InlineData("")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Keys_that_are_not_32_bytes_of_base64_are_refused_by_name(string key)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create(key));

        Assert.Contains("Pii:Key", error.Message, StringComparison.Ordinal);
    }

    private static PiiProtector Create(string key, int keyId = 1, string? lookupKey = null, Dictionary<string, string>? retired = null)
    {
        var options = new PiiOptions { Key = key, KeyId = keyId, LookupKey = lookupKey ?? KeyB };
        foreach (var (id, value) in retired ?? [])
        {
            options.RetiredKeys[id] = value;
        }

        return new PiiProtector(Options.Create(options));
    }
}
