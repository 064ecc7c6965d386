using System.Text;

namespace Gql.Subscriptions.Tests;

/// <summary>Reads the next Server-Sent Event (event name and data; comments skipped) from a response body.</summary>
public sealed class SseEvents(Stream body) : IDisposable
{
    private readonly StreamReader _reader = new(body, Encoding.UTF8);

    /// <summary>The next event, or null at the end of the stream.</summary>
    public async Task<(string Event, string Data)?> ReadAsync(CancellationToken cancellationToken)
    {
        string? name = null;
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null || data.Length > 0)
                {
                    return (name ?? "message", data.ToString());
                }
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].TrimStart();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(data.Length > 0 ? "\n" : string.Empty).Append(line["data:".Length..].TrimStart());
            }
        }

        return null;
    }

    public void Dispose() => _reader.Dispose();
}
