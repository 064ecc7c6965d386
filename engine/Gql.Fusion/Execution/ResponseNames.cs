using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace Gql.Fusion.Execution;

/// <summary>
/// The property names of subgraph answers as shared strings: they are the plan's response names, a
/// small set, so each is decoded once instead of once per object of every answer. Bounded, so odd
/// answers cannot grow it without end (names past the bound are decoded as usual).
/// </summary>
internal static class ResponseNames
{
    private const int MaxNames = 4096;
    private const int MaxNameLength = 128;
    private static readonly Lock Sync = new();
    private static Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public static string Of(JsonProperty property)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(property);
        if (raw.Length > MaxNameLength || raw.IndexOf((byte)'\\') >= 0)
        {
            return property.Name;
        }

        Span<char> chars = stackalloc char[MaxNameLength];
        if (Utf8.ToUtf16(raw, chars, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return property.Name;
        }

        var name = chars[..written];
        // Copy-on-write: a published dictionary is never changed, so reading it needs no lock.
        if (Volatile.Read(ref _names).GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var known))
        {
            return known;
        }

        var added = new string(name);
        lock (Sync)
        {
            var current = _names;
            if (current.Count < MaxNames && !current.ContainsKey(added))
            {
                Volatile.Write(ref _names, new Dictionary<string, string>(current, StringComparer.Ordinal) { [added] = added });
            }
        }

        return added;
    }
}
