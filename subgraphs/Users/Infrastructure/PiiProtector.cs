using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ECommerce.Users.Infrastructure;

/// <summary>
/// Encrypts personal data before it reaches the database and computes the keyed email lookup hash.
/// A protected value is <c>[format 0x01][key id][12-byte random nonce][ciphertext][16-byte tag]</c>
/// (AES-256-GCM). The purpose (column and row) is the associated data, so a ciphertext copied into
/// another column or row does not decrypt.
/// </summary>
public sealed class PiiProtector
{
    public const byte FormatVersion = 0x01;

    private const int KeyBytes = 32;
    private const int HeaderBytes = 2;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly byte _currentKeyId;
    private readonly Dictionary<byte, byte[]> _keys = [];
    private readonly byte[] _lookupKey;

    public PiiProtector(IOptions<PiiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        if (settings.KeyId is < 1 or > 255)
        {
            throw new InvalidOperationException($"Pii:KeyId must be between 1 and 255 (it is {settings.KeyId}).");
        }

        _currentKeyId = (byte)settings.KeyId;
        _keys[_currentKeyId] = DecodeKey(settings.Key, "Pii:Key");
        foreach (var (id, key) in settings.RetiredKeys)
        {
            if (!byte.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var keyId) || keyId == 0)
            {
                throw new InvalidOperationException($"Pii:RetiredKeys:{id} must be named by a key id between 1 and 255.");
            }

            if (keyId != _currentKeyId)
            {
                _keys[keyId] = DecodeKey(key, $"Pii:RetiredKeys:{id}");
            }
        }

        _lookupKey = DecodeKey(settings.LookupKey, "Pii:LookupKey");
    }

    public byte[] Protect(string plaintext, string purpose)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[HeaderBytes + NonceBytes + plain.Length + TagBytes];
        output[0] = FormatVersion;
        output[1] = _currentKeyId;
        var nonce = output.AsSpan(HeaderBytes, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys[_currentKeyId], TagBytes);
        aes.Encrypt(nonce, plain, output.AsSpan(HeaderBytes + NonceBytes, plain.Length), output.AsSpan(output.Length - TagBytes), Encoding.UTF8.GetBytes(purpose));
        CryptographicOperations.ZeroMemory(plain);
        return output;
    }

    public string Unprotect(byte[] protectedValue, string purpose)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        if (protectedValue.Length < HeaderBytes + NonceBytes + TagBytes || protectedValue[0] != FormatVersion)
        {
            throw new CryptographicException("The protected value is not in PII format 1.");
        }

        if (!_keys.TryGetValue(protectedValue[1], out var key))
        {
            throw new CryptographicException($"The protected value was encrypted with key id {protectedValue[1]}, which is neither Pii:KeyId nor one of Pii:RetiredKeys.");
        }

        var cipherLength = protectedValue.Length - HeaderBytes - NonceBytes - TagBytes;
        var plain = new byte[cipherLength];
        using var aes = new AesGcm(key, TagBytes);
        aes.Decrypt(
            protectedValue.AsSpan(HeaderBytes, NonceBytes),
            protectedValue.AsSpan(HeaderBytes + NonceBytes, cipherLength),
            protectedValue.AsSpan(protectedValue.Length - TagBytes),
            plain,
            Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The key id a protected value was encrypted with (for re-encryption after a rotation).</summary>
    public static byte KeyIdOf(byte[] protectedValue) => protectedValue is { Length: >= HeaderBytes } ? protectedValue[1] : (byte)0;

    /// <summary>HMAC-SHA256 of an already normalized email: equal emails give equal hashes, without the email being stored.</summary>
    public byte[] EmailLookup(string normalizedEmail) => HMACSHA256.HashData(_lookupKey, Encoding.UTF8.GetBytes(normalizedEmail));

    private static byte[] DecodeKey(string? base64, string setting)
    {
        var key = new byte[KeyBytes];
        if (string.IsNullOrWhiteSpace(base64) || !Convert.TryFromBase64String(base64.Trim(), key, out var written) || written != KeyBytes)
        {
            throw new InvalidOperationException($"{setting} must be {KeyBytes} random bytes in base64 (for example the output of `openssl rand -base64 32`).");
        }

        return key;
    }
}
