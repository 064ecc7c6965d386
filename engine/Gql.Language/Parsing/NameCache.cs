using System.Text;

namespace Gql.Language.Parsing;

/// <summary>
/// Interns names across parses so the same field and type names do not allocate a new string
/// for every document. A fixed-size, lock-free table: a collision simply replaces the entry.
/// </summary>
internal static class NameCache
{
    private const int Size = 8192;
    private const int MaxCachedLength = 48;
    private static readonly string?[] s_entries = new string?[Size];

    public static string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxCachedLength || ascii.IsEmpty)
        {
            return Encoding.ASCII.GetString(ascii);
        }

        var hash = 2166136261u;
        foreach (var b in ascii)
        {
            hash = (hash ^ b) * 16777619u;
        }

        var index = (int)(hash & (Size - 1));
        var cached = Volatile.Read(ref s_entries[index]);
        if (cached is not null && EqualsAscii(cached, ascii))
        {
            return cached;
        }

        var created = Encoding.ASCII.GetString(ascii);
        Volatile.Write(ref s_entries[index], created);
        return created;
    }

    private static bool EqualsAscii(string value, ReadOnlySpan<byte> ascii)
    {
        if (value.Length != ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (value[i] != ascii[i])
            {
                return false;
            }
        }

        return true;
    }
}
