using Microsoft.Extensions.DependencyInjection;

namespace Gql.AspNetCore;

/// <summary>Persisted operations (trusted documents, APQ) on <see cref="IRequestExecutorBuilder"/>.</summary>
public static class PersistedOperationRequestExecutorBuilderExtensions
{
    /// <summary>Trusted documents from <c>&lt;directory&gt;/&lt;id&gt;.graphql</c> files (APQ saves new ones there).</summary>
    public static IRequestExecutorBuilder AddFileSystemOperationDocumentStorage(this IRequestExecutorBuilder builder, string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var storage = new FileSystemOperationDocumentStorage(directory);
        return builder.AddOperationDocumentStorage(_ => storage);
    }

    /// <summary>Documents kept in memory (APQ); optionally seeded with <paramref name="documents"/> (id to text).</summary>
    public static IRequestExecutorBuilder AddInMemoryOperationDocumentStorage(
        this IRequestExecutorBuilder builder,
        IEnumerable<KeyValuePair<string, string>>? documents = null)
    {
        var storage = documents is null ? new InMemoryOperationDocumentStorage() : new InMemoryOperationDocumentStorage(documents);
        return builder.AddOperationDocumentStorage(_ => storage);
    }

    /// <summary>Trusted documents from a JSON manifest of id to text (graphql-codegen's <c>persisted-documents.json</c>).</summary>
    public static IRequestExecutorBuilder AddTrustedDocumentManifest(this IRequestExecutorBuilder builder, string manifestPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(manifestPath);
        return builder.AddInMemoryOperationDocumentStorage(TrustedDocumentManifest.Load(manifestPath));
    }

    /// <summary>A storage of your own, created from the application's services.</summary>
    public static IRequestExecutorBuilder AddOperationDocumentStorage(this IRequestExecutorBuilder builder, Func<IServiceProvider, IOperationDocumentStorage> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return builder.ModifyServerOptions(o => o.PersistedOperations.StorageFactory = factory);
    }

    /// <summary>A storage registered as a service of type <typeparamref name="T"/>.</summary>
    public static IRequestExecutorBuilder AddOperationDocumentStorage<T>(this IRequestExecutorBuilder builder)
        where T : class, IOperationDocumentStorage
        => builder.AddOperationDocumentStorage(services => services.GetRequiredService<T>());

    /// <summary>Only persisted documents run (trusted documents); see <see cref="PersistedOperationOptions"/>.</summary>
    public static IRequestExecutorBuilder UsePersistedOperationPipeline(this IRequestExecutorBuilder builder, bool onlyAllowPersistedDocuments = true)
        => builder.ModifyPersistedOperationOptions(o => o.OnlyAllowPersistedDocuments = onlyAllowPersistedDocuments);

    public static IRequestExecutorBuilder ModifyPersistedOperationOptions(this IRequestExecutorBuilder builder, Action<PersistedOperationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.ModifyServerOptions(o => configure(o.PersistedOperations));
    }
}
