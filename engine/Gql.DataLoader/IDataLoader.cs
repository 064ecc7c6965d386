namespace Gql.DataLoader;

/// <summary>The key- and value-independent part of a DataLoader.</summary>
public interface IDataLoader
{
    /// <summary>Empties the cache (graphql/dataloader <c>clearAll</c>).</summary>
    void Clear();
}
