namespace ECommerce.Orders.Infrastructure.Outbox;

/// <summary>Wakes the outbox workers when a transaction has written an event, so they need not wait for their next poll.</summary>
public sealed class OutboxSignal
{
    private readonly List<SemaphoreSlim> _waiters = [];

    /// <summary>A wake-up channel for one worker.</summary>
    public SemaphoreSlim Register()
    {
        var waiter = new SemaphoreSlim(0, 1);
        lock (_waiters)
        {
            _waiters.Add(waiter);
        }

        return waiter;
    }

    public void Notify()
    {
        lock (_waiters)
        {
            foreach (var waiter in _waiters)
            {
                if (waiter.CurrentCount == 0)
                {
                    try
                    {
                        waiter.Release();
                    }
                    catch (SemaphoreFullException)
                    {
                        // Another notification released it a moment ago; one wake-up is enough.
                    }
                }
            }
        }
    }
}
