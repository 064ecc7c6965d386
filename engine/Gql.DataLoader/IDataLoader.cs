using Gql.Types;

namespace Gql.DataLoader;

/// <summary>
/// The key- and value-independent part of a DataLoader. Marked as a service, so a code-first
/// resolver parameter of any loader type is injected, never exposed as an argument.
/// </summary>
[Service]
public interface IDataLoader
{
    /// <summary>Empties the cache (graphql/dataloader <c>clearAll</c>).</summary>
    void Clear();
}
