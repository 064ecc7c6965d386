namespace Gql.AspNetCore;

/// <summary>How the HTTP transport treats document ids, APQ and document text (Hot Chocolate names).</summary>
public sealed class PersistedOperationOptions
{
    /// <summary>
    /// Only documents in the storage run (trusted documents): a request must name a stored id, or
    /// (with <see cref="AllowDocumentBody"/>) send a text whose SHA-256 is a stored id. Nothing is saved.
    /// </summary>
    public bool OnlyAllowPersistedDocuments { get; set; }

    /// <summary>
    /// With <see cref="OnlyAllowPersistedDocuments"/>: a request may send the full text instead of the
    /// id when that text is stored (under its SHA-256).
    /// </summary>
    public bool AllowDocumentBody { get; set; } = true;

    /// <summary>Automatic persisted queries: a hash with the text (verified) saves the text under the hash.</summary>
    public bool AllowAutomaticRegistration { get; set; } = true;

    /// <summary>Creates the storage from the application's services; set by the <c>Add...OperationDocumentStorage</c> methods.</summary>
    public Func<IServiceProvider, IOperationDocumentStorage>? StorageFactory { get; set; }
}
