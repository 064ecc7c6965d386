using System.Buffers.Binary;
using System.Text;

namespace Gql.Language.Parsing;

/// <summary>
/// Interns names across parses so the same field and type names do not allocate a new string
/// for every document. A fixed-size, lock-free table: a collision simply replaces the entry.
/// </summary>
internal static class NameCache
{
    private const int Size = 4096;
    private const int MaxCachedLength = 64;
    private static readonly Entry?[] s_entries = new Entry?[Size];

    public static string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxCachedLength || ascii.Length == 0)
        {
            return Encoding.ASCII.GetString(ascii);
        }

        var index = (int)(Hash(ascii) & (Size - 1));
        var entry = Volatile.Read(ref s_entries[index]);
        if (entry is not null && ascii.SequenceEqual(entry.Utf8))
        {
            return entry.Value;
        }

        var value = Encoding.ASCII.GetString(ascii);
        Volatile.Write(ref s_entries[index], new Entry(ascii.ToArray(), value));
        return value;
    }

    // Mixes the first and last eight bytes (overlapping for short names) and the length.
    private static uint Hash(ReadOnlySpan<byte> bytes)
    {
        ulong head;
        ulong tail;
        if (bytes.Length >= 8)
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(bytes[^8..]);
        }
        else
        {
            head = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                head = (head << 8) | bytes[i];
            }

            tail = head;
        }

        var hash = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)bytes.Length;
        return (uint)(hash >> 32) ^ (uint)hash;
    }

    private sealed record Entry(byte[] Utf8, string Value);
}
