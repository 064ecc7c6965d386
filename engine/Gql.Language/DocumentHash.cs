using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Gql.Language.Syntax;

namespace Gql.Language;

/// <summary>SHA-256 hashes of documents as lowercase hex, for document and operation caches.</summary>
public static class DocumentHash
{
    /// <summary>The SHA-256 of the UTF-8 encoding of <paramref name="text"/>.</summary>
    public static string Compute(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(text));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, rented);
            return Compute(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The SHA-256 of UTF-8 bytes.</summary>
    public static string Compute(ReadOnlySpan<byte> utf8)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// The hash of a parsed document's compact print, so documents that differ only in
    /// white space, commas or comments share a hash.
    /// </summary>
    public static string Compute(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Compute(SyntaxPrinter.PrintCompact(document));
    }
}
