using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Gql.Language.Parsing;

/// <summary>
/// Interns names across parses so the same field and type names do not allocate a new string
/// for every document. A fixed-size, lock-free table: a collision simply replaces the entry.
/// </summary>
internal static class NameCache
{
    private const int IndexBits = 12;
    private const int MaxCachedLength = 64;

    // Up to this length, the first and last eight bytes (overlapping) and the length are the whole
    // name, so a hit needs no byte comparison.
    private const int MaxLengthInKey = 16;
    private static readonly Entry?[] s_entries = new Entry?[1 << IndexBits];

    public static string Get(ReadOnlySpan<byte> ascii)
    {
        var length = ascii.Length;
        if ((uint)(length - 1) >= MaxCachedLength)
        {
            return Encoding.ASCII.GetString(ascii);
        }

        var (head, tail) = Key(ascii);
        var index = (int)(((head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)length) >> (64 - IndexBits));
        var entry = Volatile.Read(ref s_entries[index]);
        if (entry is not null && entry.Head == head && entry.Tail == tail && entry.Length == length
            && (length <= MaxLengthInKey || ascii.SequenceEqual(entry.Utf8)))
        {
            return entry.Value;
        }

        return Add(ascii, head, tail, index);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Add(ReadOnlySpan<byte> ascii, ulong head, ulong tail, int index)
    {
        var value = Encoding.ASCII.GetString(ascii);
        var utf8 = ascii.Length > MaxLengthInKey ? ascii.ToArray() : [];
        Volatile.Write(ref s_entries[index], new Entry(head, tail, ascii.Length, utf8, value));
        return value;
    }

    // The first and last eight bytes, four bytes or (for 1-3 bytes) the first, middle and last byte:
    // with the length, these identify names of up to 16 bytes exactly.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Head, ulong Tail) Key(ReadOnlySpan<byte> bytes)
    {
        ref var first = ref MemoryMarshal.GetReference(bytes);
        var length = bytes.Length;
        if (length >= sizeof(ulong))
        {
            return (Unsafe.ReadUnaligned<ulong>(ref first), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, length - sizeof(ulong))));
        }

        if (length >= sizeof(uint))
        {
            return (Unsafe.ReadUnaligned<uint>(ref first), Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref first, length - sizeof(uint))));
        }

        var small = first | ((ulong)Unsafe.Add(ref first, length >> 1) << 8) | ((ulong)Unsafe.Add(ref first, length - 1) << 16);
        return (small, small);
    }

    private sealed class Entry(ulong head, ulong tail, int length, byte[] utf8, string value)
    {
        public readonly ulong Head = head;
        public readonly ulong Tail = tail;
        public readonly int Length = length;

        // The whole name, kept only when the key does not cover it (longer than 16 bytes).
        public readonly byte[] Utf8 = utf8;
        public readonly string Value = value;
    }
}
