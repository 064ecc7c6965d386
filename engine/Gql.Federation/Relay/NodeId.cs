using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Gql.Federation;

/// <summary>
/// Opaque global object ids (Relay Global Object Identification): standard base64 of the UTF-8
/// text <c>TypeName:key</c>, for example <c>Category:1</c> is <c>Q2F0ZWdvcnk6MQ==</c>. The key is
/// everything after the first colon, so keys may contain colons.
/// </summary>
public static class NodeId
{
    public static string Encode(string typeName, object key)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(key);
        var text = typeName + ":" + Convert.ToString(key, CultureInfo.InvariantCulture);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Splits a global id into its type name and key; false when it is not base64 of <c>TypeName:key</c>.</summary>
    public static bool TryDecode(string id, out string typeName, out string key)
    {
        typeName = key = string.Empty;
        if (string.IsNullOrEmpty(id) || !Base64.IsValid(id, out var length))
        {
            return false;
        }

        var bytes = new byte[length];
        if (!Convert.TryFromBase64String(id, bytes, out var written))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        typeName = text[..colon];
        key = text[(colon + 1)..];
        return true;
    }
}
