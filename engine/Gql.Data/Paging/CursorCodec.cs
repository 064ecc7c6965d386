using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gql.Data;

/// <summary>
/// Cursors are opaque to clients (Relay spec): base64 of the item's index for offset paging, and
/// base64 of a JSON array of the item's sort key values for keyset paging.
/// </summary>
internal static class CursorCodec
{
    public static string EncodeIndex(int index) => Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    public static string EncodeKeys(IReadOnlyList<object?> values) => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(values));

    public static int DecodeIndex(string cursor, string argument)
    {
        var text = DecodeText(cursor, argument);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : throw DataErrors.InvalidCursor(argument);
    }

    public static object?[] DecodeKeys(string cursor, IReadOnlyList<SortKey> keys, string argument)
    {
        var text = DecodeText(cursor, argument);
        try
        {
            using var document = JsonDocument.Parse(text);
            var array = document.RootElement;
            if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() != keys.Count)
            {
                throw DataErrors.InvalidCursor(argument);
            }

            var values = new object?[keys.Count];
            var i = 0;
            foreach (var element in array.EnumerateArray())
            {
                values[i] = element.Deserialize(keys[i].KeyType) ?? throw DataErrors.InvalidCursor(argument);
                i++;
            }

            return values;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            throw DataErrors.InvalidCursor(argument);
        }
    }

    private static string DecodeText(string cursor, string argument)
    {
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(cursor.Length)];
        if (!Convert.TryFromBase64String(cursor, bytes, out var written))
        {
            throw DataErrors.InvalidCursor(argument);
        }

        return Encoding.UTF8.GetString(bytes, 0, written);
    }
}
