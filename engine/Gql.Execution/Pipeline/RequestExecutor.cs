using System.Runtime.CompilerServices;
using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;

using Gql.Validation;

namespace Gql.Execution;

/// <summary>
/// Executes requests against one schema: parse (cached), validate (cached per document),
/// pick the operation, coerce variables, then execute (spec section 6.2) or subscribe (6.2.3).
/// Thread-safe; create one per schema and reuse it.
/// </summary>
public sealed class RequestExecutor
{
    private const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    private readonly DocumentCache _documents;
    private readonly IReadOnlyList<IValidationRule>? _validationRules;

    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? new RequestExecutorOptions();
        Services = services;
        Cache = new SchemaCache(schema);
        _documents = new DocumentCache(Options.DocumentCacheSize);
        _validationRules = Options.ValidationRules.Count == 0 ? null : [.. SpecifiedRules.All, .. Options.ValidationRules];
    }

    public Schema Schema { get; }

    public RequestExecutorOptions Options { get; }

    public IServiceProvider? Services { get; }

    /// <summary>How many parsed documents are cached.</summary>
    public int CachedDocumentCount => _documents.Count;

    internal SchemaCache Cache { get; }

    public Task<IExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        var pending = ExecuteValueAsync(request, cancellationToken);
        return pending.IsCompletedSuccessfully ? Task.FromResult(pending.Result) : pending.AsTask();
    }

    /// <summary>
    /// <see cref="ExecuteAsync"/> without allocating a task when the request completes
    /// synchronously (every resolver returned a completed value); await it once.
    /// </summary>
    public ValueTask<IExecutionResult> ExecuteValueAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (TryGetPlainQuery(request) is { } plain)
        {
            // The operation of the last request again, a query over plain data: nothing to prepare.
            return DictionaryExecution.TryExecute(plain, request.RootValue) is { } data
                ? new ValueTask<IExecutionResult>(new ExecutionResult(data))
                : Start(request, new PreparedRequest(plain, VariableCoercion.NoValues), cancellationToken, tryDictionaryPlan: false);
        }

        if (Options.DiagnosticEvents.Count > 0)
        {
            return ExecuteWithDiagnosticsAsync(request, ExecutionDiagnostics.Create(Options.DiagnosticEvents)!, cancellationToken);
        }

        if (!TryPrepare(request, null, out var prepared, out var failure))
        {
            return new ValueTask<IExecutionResult>(failure);
        }

        return Start(request, prepared, cancellationToken);
    }

    /// <summary>
    /// The compiled operation when the request sends the query string instance of the last
    /// request, whose document is valid and whose one operation needs no variables, and the
    /// dictionary plan may run it (no diagnostics listener, no root value provider).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private CompiledOperation? TryGetPlainQuery(GraphQLRequest request)
    {
        var options = Options;
        if (request.Query is not { } query || request.Document is not null || request.OperationName is not null
            || options.DiagnosticEvents.Count > 0 || options.RootValueProvider is not null
            || !_documents.TryGetLast(query, out var document) || !(document.IsValid || options.SkipValidation)
            || document.VariableFreeOperation is not { } operation || operation.Definition.Operation != OperationType.Query)
        {
            return null;
        }

        return operation;
    }

    private async ValueTask<IExecutionResult> ExecuteWithDiagnosticsAsync(GraphQLRequest request, ExecutionDiagnostics diagnostics, CancellationToken cancellationToken)
    {
        using var requestScope = diagnostics.ExecuteRequest(request);
        if (!TryPrepare(request, diagnostics, out var prepared, out var failure))
        {
            diagnostics.RequestErrors(request, failure.Errors);
            return failure;
        }

        IExecutionResult result;
        using (diagnostics.ExecuteOperation(request, prepared.Operation.Definition))
        {
            result = await Start(request, prepared, cancellationToken).ConfigureAwait(false);
        }

        if (result is ExecutionResult { Errors.Count: > 0 } executed)
        {
            diagnostics.RequestErrors(request, executed.Errors);
        }

        return result;
    }

    private ValueTask<IExecutionResult> Start(GraphQLRequest request, PreparedRequest prepared, CancellationToken cancellationToken, bool tryDictionaryPlan = true)
    {
        var kind = prepared.Operation.Definition.Operation;
        if (tryDictionaryPlan && kind == OperationType.Query && Options.RootValueProvider is null
            && DictionaryExecution.TryExecute(prepared.Operation, request.RootValue) is { } data)
        {
            return new ValueTask<IExecutionResult>(new ExecutionResult(data));
        }

        // Resolvers run without the caller's synchronization context, so their continuations
        // (and the batches they wait for) complete inline instead of being posted back to it.
        var callerContext = SynchronizationContext.Current;
        if (callerContext is not null)
        {
            SynchronizationContext.SetSynchronizationContext(null);
        }

        try
        {
            if (kind == OperationType.Subscription)
            {
                return new ValueTask<IExecutionResult>(Options.RootValueProvider is { } subscriptionRoot
                    ? SubscribeWithProvidedRootAsync(subscriptionRoot, request, prepared, cancellationToken)
                    : SubscribeAsync(request, prepared, cancellationToken));
            }

            if (Options.RootValueProvider is { } provider)
            {
                return new ValueTask<IExecutionResult>(ExecuteWithProvidedRootAsync(provider, request, prepared, cancellationToken));
            }

            if (Options.ExecutionTimeout is not null)
            {
                return new ValueTask<IExecutionResult>(ExecuteWithTimeoutAsync(request, prepared, cancellationToken));
            }

            var pending = CreateContext(request, prepared, cancellationToken).ExecuteWithoutSynchronizationContext(kind == OperationType.Mutation);
            return pending.IsCompletedSuccessfully
                ? new ValueTask<IExecutionResult>(pending.Result)
                : AwaitResult(pending);
        }
        finally
        {
            if (callerContext is not null)
            {
                SynchronizationContext.SetSynchronizationContext(callerContext);
            }
        }
    }

    private static async ValueTask<IExecutionResult> AwaitResult(ValueTask<ExecutionResult> pending)
        => await pending.ConfigureAwait(false);

    private OperationContext CreateContext(GraphQLRequest request, PreparedRequest prepared, CancellationToken cancellationToken)
        => OperationContext.Rent(
            this,
            prepared.Operation,
            prepared.Variables,
            request.RootValue,
            CombinedServiceProvider.Create(request.Services, Services),
            request.ContextData,
            cancellationToken);

    private bool TryPrepare(GraphQLRequest request, ExecutionDiagnostics? diagnostics, out PreparedRequest prepared, out ExecutionResult failure)
    {
        prepared = default;
        if (!TryGetDocument(request, diagnostics, out var document, out var documentError))
        {
            failure = ExecutionResult.FromError(documentError);
            return false;
        }

        if (!Options.SkipValidation && !document.IsValid)
        {
            using var validationScope = diagnostics is not null && !document.IsValidated ? diagnostics.ValidateDocument(request) : null;
            var validationErrors = document.Validate(Schema, Options.MaxValidationErrors, _validationRules);
            if (validationErrors.Count > 0)
            {
                failure = ExecutionResult.FromErrors(validationErrors);
                return false;
            }
        }

        if (request.OperationName is null && document.VariableFreeOperation is { } ready)
        {
            // Selected, checked and compiled before, and nothing of the request changes it.
            prepared = new PreparedRequest(ready, VariableCoercion.NoValues);
            failure = null!;
            return true;
        }

        if (!document.TrySelectOperation(request.OperationName, out var operation, out var operationError))
        {
            failure = ExecutionResult.FromError(operationError);
            return false;
        }

        var rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            var name = operation.Operation.ToString().ToLowerInvariant();
            failure = new ExecutionResult(null, [GraphQLError.WithCode(
                $"Schema is not configured to execute {name} operation.", ErrorCodes.OperationNotFound, SyntaxHelpers.LocationsOf(operation))]);
            return false;
        }

        var variables = VariableCoercion.Coerce(Schema, operation.VariableDefinitions, request.Variables, out var variableErrors);
        if (variables is null)
        {
            failure = ExecutionResult.FromErrors(variableErrors);
            return false;
        }

        var compiled = document.GetOperation(Schema, operation, rootType, variables);
        if (request.OperationName is null && operation.VariableDefinitions.Count == 0 && !document.HasConditionVariables)
        {
            document.VariableFreeOperation = compiled;
        }

        prepared = new PreparedRequest(compiled, variables);
        failure = null!;
        return true;
    }

    private async Task<IExecutionResult> ExecuteWithTimeoutAsync(GraphQLRequest request, PreparedRequest prepared, CancellationToken cancellationToken)
    {
        var timeout = Options.ExecutionTimeout!.Value;
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            var context = CreateContext(request, prepared, timeoutSource.Token);
            return await context.ExecuteAsync(prepared.Operation.Definition.Operation == OperationType.Mutation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TimeoutResult(timeout);
        }
    }

    private async Task<IExecutionResult> ExecuteWithProvidedRootAsync(
        IRootValueProvider provider, GraphQLRequest request, PreparedRequest prepared, CancellationToken cancellationToken)
    {
        var timeout = Options.ExecutionTimeout;
        using var timeoutSource = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout is not null)
        {
            timeoutSource!.CancelAfter(timeout.Value);
        }

        var token = timeoutSource?.Token ?? cancellationToken;
        try
        {
            var contextData = request.ContextData ?? new Dictionary<string, object?>();
            var operation = prepared.Operation;
            var provided = await provider.ProvideAsync(CreateRootValueRequest(request, prepared, contextData), token).ConfigureAwait(false);
            if (provided.CompletedData is { } completed)
            {
                return new ExecutionResult(completed, provided.Errors, provided.Extensions);
            }

            var withRoot = request with { RootValue = provided.RootValue, ContextData = contextData };
            var result = operation.Definition.Operation == OperationType.Query
                && DictionaryExecution.TryExecute(operation, provided.RootValue) is { } data
                ? new ExecutionResult(data)
                : await CreateContext(withRoot, prepared, token)
                    .ExecuteAsync(operation.Definition.Operation == OperationType.Mutation).ConfigureAwait(false);
            if (provided.Errors is not { Count: > 0 } && provided.Extensions is null)
            {
                return result;
            }

            var errors = provided.Errors is { Count: > 0 } extra ? [.. result.Errors, .. extra] : result.Errors;
            return new ExecutionResult(result.Data, errors, provided.Extensions ?? result.Extensions, result.HasData);
        }
        catch (OperationCanceledException) when (timeoutSource is not null && !cancellationToken.IsCancellationRequested)
        {
            return TimeoutResult(timeout!.Value);
        }
    }

    // The provided value is the root value the subscribe resolver gets (its parent); errors and
    // extensions of the provider are not used for subscriptions.
    private async Task<IExecutionResult> SubscribeWithProvidedRootAsync(
        IRootValueProvider provider, GraphQLRequest request, PreparedRequest prepared, CancellationToken cancellationToken)
    {
        var contextData = request.ContextData ?? new Dictionary<string, object?>();
        var provided = await provider.ProvideAsync(CreateRootValueRequest(request, prepared, contextData), cancellationToken).ConfigureAwait(false);
        return await SubscribeAsync(request with { RootValue = provided.RootValue, ContextData = contextData }, prepared, cancellationToken).ConfigureAwait(false);
    }

    private RootValueRequest CreateRootValueRequest(GraphQLRequest request, PreparedRequest prepared, IDictionary<string, object?> contextData)
        => new(
            request,
            Schema,
            prepared.Operation.Definition,
            prepared.Operation.Fragments,
            prepared.Variables,
            CombinedServiceProvider.Create(request.Services, Services),
            contextData);

    private static ExecutionResult TimeoutResult(TimeSpan timeout)
        => ExecutionResult.FromError(GraphQLError.WithCode($"The request exceeded the configured timeout of `{timeout}`.", ErrorCodes.Timeout));

    private async Task<IExecutionResult> SubscribeAsync(GraphQLRequest request, PreparedRequest prepared, CancellationToken cancellationToken)
    {
        var services = CombinedServiceProvider.Create(request.Services, Services);
        var streamCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var setup = new OperationContext(
            this, prepared.Operation, prepared.Variables, request.RootValue, services, request.ContextData, streamCancellation.Token);
        var source = await setup.CreateSourceStreamAsync().ConfigureAwait(false);
        if (source.Error is not null)
        {
            streamCancellation.Dispose();
            return source.Error;
        }

        var events = new SubscriptionEvents(this, prepared.Operation, prepared.Variables, services, request.ContextData);
        return new ResponseStream(source.Stream!, events.ExecuteAsync, streamCancellation);
    }

    private bool TryGetDocument(GraphQLRequest request, ExecutionDiagnostics? diagnostics, out CachedDocument document, out GraphQLError error)
    {
        error = null!;
        if (request.Document is { } given)
        {
            var key = request.DocumentId ?? request.Query;
            if (key is not null && _documents.TryGet(key, out document) && ReferenceEquals(document.Document, given))
            {
                return true;
            }

            document = key is null ? new CachedDocument(given) : _documents.Add(key, given);
            return true;
        }

        if (request.Query is not { } query)
        {
            if (request.DocumentId is { } id && _documents.TryGet(id, out document))
            {
                return true;
            }

            document = null!;
            error = request.DocumentId is null
                ? GraphQLError.WithCode("Must provide query string.", ErrorCodes.BadUserInput)
                : GraphQLError.WithCode("PersistedQueryNotFound", PersistedQueryNotFound);
            return false;
        }

        if (_documents.TryGet(query, out document))
        {
            return true;
        }

        DocumentNode parsed;
        try
        {
            using var parseScope = diagnostics?.ParseDocument(request);
            parsed = Parser.Parse(query);
        }
        catch (GraphQLException ex)
        {
            error = ex.Errors[0];
            return false;
        }

        document = _documents.Add(query, parsed);
        if (request.DocumentId is { } documentId)
        {
            _documents.Add(documentId, parsed);
        }

        return true;
    }

    private readonly record struct PreparedRequest(CompiledOperation Operation, IReadOnlyDictionary<string, object?> Variables);
}
