namespace Gql.DataLoader;

/// <summary>A batch waiting in a <see cref="DataLoaderScope"/> for the next dispatch.</summary>
internal interface IScheduledBatch
{
    /// <summary>Calls the batch function (the keys are final from here on).</summary>
    void Start();
}
