using System.Diagnostics;

namespace Gql.DataLoader;

/// <summary>
/// The <see cref="ActivitySource"/> of DataLoader batches: one <c>graphql.dataloader.batch</c>
/// span per batch call, from the call to the delivery of its results, with the loader's name
/// and the number of keys. Without a listener no activity is created.
/// </summary>
public static class DataLoaderTelemetry
{
    /// <summary>The name to listen to (OpenTelemetry: <c>AddSource("Gql.DataLoader")</c>).</summary>
    public const string ActivitySourceName = "Gql.DataLoader";

    /// <summary>The name of the batch span.</summary>
    public const string BatchActivityName = "graphql.dataloader.batch";

    /// <summary>Tag: the DataLoader's type name.</summary>
    public const string LoaderNameTag = "graphql.dataloader.name";

    /// <summary>Tag: the number of distinct keys the batch call received.</summary>
    public const string BatchSizeTag = "graphql.dataloader.batch.size";

    internal static ActivitySource Source { get; } = new(ActivitySourceName);

    /// <summary>Starts the span of a batch, or returns null when nobody listens.</summary>
    internal static Activity? StartBatch(Type loaderType, int keyCount)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(BatchActivityName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.DisplayName = "DataLoader " + loaderType.Name;
            activity.SetTag(LoaderNameTag, loaderType.Name);
            activity.SetTag(BatchSizeTag, keyCount);
        }

        return activity;
    }

    /// <summary>
    /// Ends a batch span where its results are delivered (possibly another thread), leaving that
    /// thread's current activity as it was.
    /// </summary>
    internal static void StopBatch(Activity activity, Exception? failure)
    {
        if (failure is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, failure.Message);
            activity.SetTag("error.type", failure.GetType().FullName);
        }

        var current = Activity.Current;
        activity.Stop();
        Activity.Current = current;
    }
}
