using Gql.Language;

namespace Gql.AspNetCore;

/// <summary>
/// Turns a request's document id, APQ hash (<c>extensions.persistedQuery.sha256Hash</c>) and text into
/// the text to run: looks ids up, verifies and saves APQ registrations, and in trusted-documents mode
/// refuses text that is not stored. Runs before the operation type is checked, so GET by id still
/// refuses mutations.
/// </summary>
internal sealed class PersistedOperationResolver(PersistedOperationOptions options, IOperationDocumentStorage? storage)
{
    public static PersistedOperationResolver Create(PersistedOperationOptions options, IServiceProvider? services)
    {
        IOperationDocumentStorage? storage = null;
        if (options.StorageFactory is { } factory)
        {
            storage = factory(services ?? EmptyServices.Instance);
        }

        return new PersistedOperationResolver(options, storage);
    }

    public async ValueTask<PersistedOperationOutcome> ResolveAsync(RequestParameters parameters, CancellationToken cancellationToken)
    {
        var apqHash = ReadApqHash(parameters.Extensions);
        var rawId = parameters.DocumentId ?? apqHash;
        var isApq = parameters.DocumentId is null && apqHash is not null;
        if (storage is null)
        {
            if (options.OnlyAllowPersistedDocuments)
            {
                return PersistedOperationOutcome.Refuse(DocumentRequired());
            }

            if (isApq && parameters.Query is null)
            {
                return PersistedOperationOutcome.Refuse(GraphQLError.WithCode("PersistedQueryNotSupported", PersistedOperationErrorCodes.NotSupported), alwaysOk: true);
            }

            // Without storage a client's id is not verified, so it must not name the text in the
            // executor's document cache: another client's request by that id would run it.
            return PersistedOperationOutcome.Pass(parameters.Query is null ? parameters : parameters with { DocumentId = null });
        }

        if (rawId is null)
        {
            return await ResolveTextAsync(parameters, cancellationToken).ConfigureAwait(false);
        }

        var id = PersistedDocumentIds.Normalize(rawId);
        var stored = await storage.TryReadAsync(id, cancellationToken).ConfigureAwait(false);
        if (parameters.Query is not { } query)
        {
            return stored is null
                ? PersistedOperationOutcome.Refuse(NotFound(id, isApq), alwaysOk: isApq)
                : PersistedOperationOutcome.Pass(parameters with { Query = stored, DocumentId = id });
        }

        if (stored is not null)
        {
            return stored == query
                ? PersistedOperationOutcome.Pass(parameters with { DocumentId = id })
                : PersistedOperationOutcome.Refuse(GraphQLError.WithCode(
                    $"The document text differs from the persisted document '{id}'.", PersistedOperationErrorCodes.HashMismatch));
        }

        if (options.OnlyAllowPersistedDocuments)
        {
            return PersistedOperationOutcome.Refuse(DocumentRequired());
        }

        if (!PersistedDocumentIds.IsHashOf(id, query))
        {
            return PersistedOperationOutcome.Refuse(GraphQLError.WithCode(
                $"The id '{id}' is not the SHA-256 hash (lower-case hex) of the document text.", PersistedOperationErrorCodes.HashMismatch));
        }

        if (options.AllowAutomaticRegistration)
        {
            await storage.SaveAsync(id, query, cancellationToken).ConfigureAwait(false);
        }

        return PersistedOperationOutcome.Pass(parameters with { DocumentId = id });
    }

    private async ValueTask<PersistedOperationOutcome> ResolveTextAsync(RequestParameters parameters, CancellationToken cancellationToken)
    {
        if (!options.OnlyAllowPersistedDocuments || parameters.Query is not { } query)
        {
            return PersistedOperationOutcome.Pass(parameters);
        }

        if (options.AllowDocumentBody)
        {
            var hash = PersistedDocumentIds.Sha256Of(query);
            if (await storage!.TryReadAsync(hash, cancellationToken).ConfigureAwait(false) == query)
            {
                return PersistedOperationOutcome.Pass(parameters with { DocumentId = hash });
            }
        }

        return PersistedOperationOutcome.Refuse(DocumentRequired());
    }

    // Apollo's APQ protocol: { "extensions": { "persistedQuery": { "version": 1, "sha256Hash": "<hex>" } } }.
    private static string? ReadApqHash(IReadOnlyDictionary<string, object?>? extensions)
        => extensions is not null
            && extensions.TryGetValue("persistedQuery", out var value)
            && value is IReadOnlyDictionary<string, object?> persistedQuery
            && persistedQuery.TryGetValue("sha256Hash", out var hash)
            && hash is string { Length: > 0 } text
                ? text
                : null;

    // Apollo clients recognise a miss by this exact message, so APQ keeps it.
    private static GraphQLError NotFound(string id, bool isApq)
        => GraphQLError.WithCode(isApq ? "PersistedQueryNotFound" : $"The persisted document '{id}' was not found.", PersistedOperationErrorCodes.NotFound);

    private static GraphQLError DocumentRequired()
        => GraphQLError.WithCode(
            "Only persisted documents are allowed on this server; send the id of a trusted document.",
            PersistedOperationErrorCodes.DocumentRequired);

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
