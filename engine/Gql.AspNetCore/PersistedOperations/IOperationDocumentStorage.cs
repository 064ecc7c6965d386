namespace Gql.AspNetCore;

/// <summary>
/// Where persisted (trusted) operation documents live, by id. Ids are stored without a
/// <c>sha256:</c> prefix; by convention an id is the lower-case hex SHA-256 of the document text.
/// </summary>
public interface IOperationDocumentStorage
{
    /// <summary>The document text stored under <paramref name="id"/>, or null.</summary>
    ValueTask<string?> TryReadAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="document"/> under <paramref name="id"/> (automatic persisted queries).</summary>
    ValueTask SaveAsync(string id, string document, CancellationToken cancellationToken = default);
}
