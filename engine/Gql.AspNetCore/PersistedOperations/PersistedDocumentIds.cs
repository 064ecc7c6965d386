using System.Security.Cryptography;
using System.Text;

namespace Gql.AspNetCore;

/// <summary>Document ids: the SHA-256 of a document and the forms clients send.</summary>
public static class PersistedDocumentIds
{
    private const string Sha256Prefix = "sha256:";

    /// <summary>The lower-case hex SHA-256 of the UTF-8 document text (APQ and graphql-codegen's default id).</summary>
    public static string Sha256Of(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
    }

    /// <summary>Drops the <c>sha256:</c> prefix (GraphQL over HTTP persisted documents' form).</summary>
    public static string Normalize(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return id.StartsWith(Sha256Prefix, StringComparison.OrdinalIgnoreCase) ? id[Sha256Prefix.Length..] : id;
    }

    /// <summary>True when <paramref name="id"/> is the SHA-256 of <paramref name="document"/> (hex, any case).</summary>
    public static bool IsHashOf(string id, string document)
        => string.Equals(Normalize(id), Sha256Of(document), StringComparison.OrdinalIgnoreCase);

    /// <summary>Letters, digits, '-' and '_' only, at most 256 characters.</summary>
    public static bool IsPlain(string id)
    {
        if (id.Length is 0 or > 256)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
