using System.Collections.Concurrent;
using ECommerce.Orders.Infrastructure.Notifications;

namespace ECommerce.Orders.Tests;

/// <summary>An email sender that fails (like a mail server that is down) until <see cref="Recover"/> is called, then keeps what it sends.</summary>
internal sealed class FlakyEmailSender : IEmailSender
{
    private volatile bool _failing = true;
    private int _failures;

    public ConcurrentQueue<EmailMessage> Sent { get; } = new();

    public int Failures => Volatile.Read(ref _failures);

    public void Recover() => _failing = false;

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (_failing)
        {
            Interlocked.Increment(ref _failures);
            throw new IOException("The mail server is not reachable.");
        }

        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
