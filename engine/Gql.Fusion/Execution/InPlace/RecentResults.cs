namespace Gql.Fusion.Execution.InPlace;

/// <summary>
/// The last few results of one step of a plan that requests of that plan may reuse, replaced
/// round-robin. Lock-free: a reader sees each entry whole (entries are immutable once added).
/// </summary>
internal sealed class RecentResults<T>
    where T : class
{
    // Requests of one plan that share answers come in a few waves at a time (those that joined
    // one in-flight request, those that joined the next).
    public const int Capacity = 4;

    private readonly T?[] _entries = new T?[Capacity];
    private int _next;

    public T? this[int index] => Volatile.Read(ref _entries[index]);

    public void Add(T entry)
    {
        var index = (int)((uint)Interlocked.Increment(ref _next) % Capacity);
        Volatile.Write(ref _entries[index], entry);
    }
}
