using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ECommerce.Users.Infrastructure;

/// <summary>
/// Slows password guessing: after <see cref="LogInThrottleOptions.MaxFailures"/> failed log-ins for one
/// email within the window, that email is refused until the window ends. Keyed by the email lookup
/// hash, so it behaves the same whether or not an account exists. In memory, per instance.
/// </summary>
public sealed class LogInThrottle(IOptions<LogInThrottleOptions> options, TimeProvider time)
{
    private const int PruneThreshold = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>How long the email is still locked out; null when a log-in may be tried.</summary>
    public TimeSpan? RetryAfter(byte[] emailLookup)
    {
        if (!_failures.TryGetValue(Key(emailLookup), out var failures))
        {
            return null;
        }

        var remaining = failures.WindowStart + options.Value.Window - time.GetUtcNow();
        return failures.Count >= options.Value.MaxFailures && remaining > TimeSpan.Zero ? remaining : null;
    }

    public void RecordFailure(byte[] emailLookup)
    {
        var now = time.GetUtcNow();
        var window = options.Value.Window;
        _failures.AddOrUpdate(
            Key(emailLookup),
            _ => new Failures(now, 1),
            (_, current) => current.WindowStart + window <= now ? new Failures(now, 1) : current with { Count = current.Count + 1 });
        if (_failures.Count > PruneThreshold)
        {
            foreach (var (key, failures) in _failures)
            {
                if (failures.WindowStart + window <= now)
                {
                    _failures.TryRemove(key, out _);
                }
            }
        }
    }

    public void Reset(byte[] emailLookup) => _failures.TryRemove(Key(emailLookup), out _);

    private static string Key(byte[] emailLookup) => Convert.ToBase64String(emailLookup);

    private sealed record Failures(DateTimeOffset WindowStart, int Count);
}
