using System.Text;

namespace Gql.AspNetCore.Tests;

/// <summary>Reads Server-Sent Events (event and data fields; comments skipped) from a response body, every read bounded.</summary>
public sealed class SseEventReader(Stream body) : IDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(10);

    private readonly StreamReader _reader = new(body, Encoding.UTF8);

    public int Comments { get; private set; }

    /// <summary>The next event, or null at the end of the stream.</summary>
    public async Task<(string Event, string Data)?> ReadAsync()
    {
        using var timeout = new CancellationTokenSource(ReadTimeout);
        string? name = null;
        var data = new StringBuilder();
        var sawField = false;
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (sawField)
                {
                    return (name ?? "message", data.ToString());
                }

                continue;
            }

            if (line[0] == ':')
            {
                Comments++;
                continue;
            }

            sawField = true;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..];
            if (value.StartsWith(' '))
            {
                value = value[1..];
            }

            if (field == "event")
            {
                name = value;
            }
            else if (field == "data")
            {
                data.Append(data.Length > 0 ? "\n" : "").Append(value);
            }
        }
    }

    /// <summary>Events until (and including) the first <c>complete</c>.</summary>
    public async Task<List<(string Event, string Data)>> ReadUntilCompleteAsync()
    {
        var events = new List<(string Event, string Data)>();
        while (await ReadAsync() is { } item)
        {
            events.Add(item);
            if (item.Event == "complete")
            {
                break;
            }
        }

        return events;
    }

    public void Dispose() => _reader.Dispose();
}
