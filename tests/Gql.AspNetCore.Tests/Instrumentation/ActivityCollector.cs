using System.Collections.Concurrent;
using System.Diagnostics;

namespace Gql.AspNetCore.Tests.Instrumentation;

/// <summary>Records every stopped activity of the named sources while it is alive.</summary>
public sealed class ActivityCollector : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _stopped = new();

    public ActivityCollector(params string[] sourceNames)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => sourceNames.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyList<Activity> Stopped => [.. _stopped];

    public IReadOnlyList<Activity> ChildrenOf(Activity parent) => [.. _stopped.Where(activity => activity.ParentSpanId == parent.SpanId && activity.TraceId == parent.TraceId)];

    public void Dispose() => _listener.Dispose();
}
