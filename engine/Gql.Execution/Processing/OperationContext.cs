using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using Gql.Language;
using Gql.Types;

namespace Gql.Execution;

/// <summary>
/// The state of one execution of a compiled operation (spec section 6.3 and 6.4): runs the
/// resolvers, completes values into the result tree, propagates nulls, collects errors.
/// Synchronous values complete immediately (no tasks are allocated for them); values that are
/// not ready are queued as <see cref="DeferredCompletion"/>s and completed by one loop, which also
/// tells the batch dispatcher when every started resolver is waiting.
/// </summary>
internal sealed class OperationContext
{
    // One spare per thread: a context nothing else referenced is reused by the next request.
    [ThreadStatic]
    private static OperationContext? t_spare;

    private RequestExecutor _executor;
    private List<GraphQLError>? _errors;
    private IDictionary<string, object?>? _contextData;
    private bool _dataNulled;
    private int _pending;
    private long _deferredTotal;
    private ConcurrentQueue<DeferredCompletion>? _ready;
    private SemaphoreSlim? _signal;
    private Stack<ResolverContext>? _contextPool;

    // Only nodes with pending slots or a deferred error have an entry (see ResultNode.HasDeferredError).
    private Dictionary<ResultNode, int>? _pendingSlots;
    private Dictionary<ResultNode, DeferredFailure>? _deferredErrors;
    private bool _tooManyErrors;

    // Set once a resolver context or a deferred completion refers to this context: it may then
    // outlive the request and is not reused.
    private bool _escaped;

    public OperationContext(
        RequestExecutor executor,
        CompiledOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        object? rootValue,
        IServiceProvider services,
        IDictionary<string, object?>? contextData,
        CancellationToken cancellationToken)
    {
        _executor = executor;
        Operation = operation;
        Variables = variables;
        RootValue = rootValue;
        Services = services;
        _contextData = contextData;
        RequestAborted = cancellationToken;
    }

    public Schema Schema => Operation.Schema;

    public CompiledOperation Operation { get; private set; }

    public IReadOnlyDictionary<string, object?> Variables { get; private set; }

    public object? RootValue { get; private set; }

    public IServiceProvider Services { get; private set; }

    public CancellationToken RequestAborted { get; private set; }

    /// <summary>A context for one execution: this thread's spare one when there is one.</summary>
    public static OperationContext Rent(
        RequestExecutor executor,
        CompiledOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        object? rootValue,
        IServiceProvider services,
        IDictionary<string, object?>? contextData,
        CancellationToken cancellationToken)
    {
        var spare = t_spare;
        if (spare is null)
        {
            return new OperationContext(executor, operation, variables, rootValue, services, contextData, cancellationToken);
        }

        // Taken off the thread first: a nested request on this thread gets its own context.
        t_spare = null;
        spare._executor = executor;
        spare.Operation = operation;
        spare.Variables = variables;
        spare.RootValue = rootValue;
        spare.Services = services;
        spare._contextData = contextData;
        spare.RequestAborted = cancellationToken;
        return spare;
    }

    // Only after a synchronous execution that created no resolver context and deferred nothing.
    private void ReturnToThread()
    {
        if (_escaped)
        {
            return;
        }

        _errors = null;
        _contextData = null;
        _dataNulled = false;
        _tooManyErrors = false;
        Operation = null!;
        Variables = null!;
        RootValue = null;
        Services = null!;
        RequestAborted = default;
        t_spare = this;
    }

    public IDictionary<string, object?> ContextData => _contextData ??= new Dictionary<string, object?>();

    /// <summary>Executes the root selection set: in parallel for queries, serially for mutations (spec 6.2.2).</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(bool serial)
        => serial || SynchronizationContext.Current is not null ? ExecuteSlowAsync(serial) : ExecuteQuery();

    /// <summary><see cref="ExecuteAsync"/> for a caller that runs without a synchronization context.</summary>
    public ValueTask<ExecutionResult> ExecuteWithoutSynchronizationContext(bool serial)
        => serial ? ExecuteSlowAsync(serial) : ExecuteQuery();

    // A query whose values were all ready completes here, without an async state machine.
    private ValueTask<ExecutionResult> ExecuteQuery()
    {
        var selectionSet = Operation.RootSelectionSet;
        var root = ResultMap.Create(selectionSet.Keys);
        ExecuteSelectionSet(selectionSet, RootValue, root);
        EndSyncPhase(root);
        if (_pending > 0)
        {
            return DrainThenBuildAsync(root);
        }

        var result = BuildResult(root);
        ReturnToThread();
        return new ValueTask<ExecutionResult>(result);
    }

    private async ValueTask<ExecutionResult> DrainThenBuildAsync(ResultMap root)
    {
        await DrainAsync().ConfigureAwait(false);
        return BuildResult(root);
    }

    private async ValueTask<ExecutionResult> ExecuteSlowAsync(bool serial)
    {
        // Continuations of resolvers and batches run inline only on a thread without a
        // synchronization context (the method builder restores the caller's on return).
        if (SynchronizationContext.Current is not null)
        {
            SynchronizationContext.SetSynchronizationContext(null);
        }

        var selectionSet = Operation.RootSelectionSet;
        var root = ResultMap.Create(selectionSet.Keys);
        if (serial)
        {
            // Root fields of a mutation run one after another: none is pending when the next starts.
            root.InSyncPhase = false;
            var fields = selectionSet.Fields;
            for (var i = 0; i < fields.Length && !root.IsInvalidated; i++)
            {
                ExecuteField(fields[i], RootValue, root, i);
                if (_pending > 0)
                {
                    await DrainAsync().ConfigureAwait(false);
                }
            }
        }
        else
        {
            ExecuteSelectionSet(selectionSet, RootValue, root);
            EndSyncPhase(root);
            if (_pending > 0)
            {
                await DrainAsync().ConfigureAwait(false);
            }
        }

        return BuildResult(root);
    }

    /// <summary>CreateSourceEventStream (spec section 6.2.3.1): runs the root field's subscriber.</summary>
    public async ValueTask<SourceStream> CreateSourceStreamAsync()
    {
        var selectionSet = Operation.RootSelectionSet;
        if (selectionSet.Fields.Length == 0)
        {
            var first = Operation.Definition.SelectionSet.Selections.OfType<Gql.Language.Syntax.FieldNode>().FirstOrDefault();
            return new SourceStream(null, ExecutionResult.FromError(GraphQLError.WithCode(
                $"The subscription field \"{first?.Name.Value}\" is not defined.",
                ErrorCodes.ValidationFailed,
                SyntaxHelpers.LocationsOf(first))));
        }

        var field = selectionSet.Fields[0];
        var root = ResultMap.Create(selectionSet.Keys);
        object? stream;
        try
        {
            var arguments = field.GetArguments(Variables);
            if (field.Definition.Subscriber is { } subscriber)
            {
                // Not pooled: the stream may use the context for as long as it runs.
                _escaped = true;
                var context = new ResolverContext(this);
                context.Initialize(field, RootValue, root, 0, arguments);
                stream = await subscriber(context).ConfigureAwait(false);
            }
            else
            {
                stream = field.ResolveDefault(RootValue);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var error = ex is GraphQLException { Errors.Count: > 0 } graphQLException
                ? ErrorFactory.Locate(graphQLException.Errors[0], field, root.GetPath(0))
                : ErrorFactory.FromException(ex, field, root.GetPath(0), _executor.Options.IncludeExceptionDetails);
            return new SourceStream(null, ExecutionResult.FromError(error));
        }

        if (stream is Exception streamError)
        {
            return new SourceStream(null, ExecutionResult.FromError(
                ErrorFactory.FromException(streamError, field, root.GetPath(0), _executor.Options.IncludeExceptionDetails)));
        }

        if (stream is not IAsyncEnumerable<object?> events)
        {
            return new SourceStream(null, ExecutionResult.FromError(GraphQLError.WithCode(
                $"Subscription field must return Async Iterable. Received: {Inspector.Inspect(stream)}.",
                ErrorCodes.ResolverError,
                field.Locations,
                root.GetPath(0))));
        }

        return new SourceStream(events, null);
    }

    public void Enqueue(DeferredCompletion completion)
    {
        _ready!.Enqueue(completion);
        _signal!.Release();
    }

    /// <summary>Adds an error reported by a resolver (<c>IResolverContext.ReportError</c>).</summary>
    public void ReportError(GraphQLError error)
    {
        AddError(error);
    }

    internal void ReturnContext(ResolverContext context)
    {
        context.Clear();
        (_contextPool ??= new Stack<ResolverContext>()).Push(context);
    }

    private ExecutionResult BuildResult(ResultMap root)
    {
        var errors = _errors;
        return new ExecutionResult(_dataNulled ? null : root, errors is { Count: > 0 } ? errors : null);
    }

    private void ExecuteSelectionSet(CompiledSelectionSet selectionSet, object? parent, ResultMap map)
    {
        if (selectionSet.DefaultResolversOnly && parent is not null && parent.GetType() == typeof(Dictionary<string, object?>))
        {
            ExecuteDictionaryFields(selectionSet.Fields, Unsafe.As<Dictionary<string, object?>>(parent), map);
            return;
        }

        var fields = selectionSet.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            ExecuteField(fields[i], parent, map, i);
            if (map.StopsFields)
            {
                return;
            }
        }
    }

    // The common data shape, plain dictionaries read by the default resolver: one type test per
    // object instead of one per field, and no resolver dispatch (a lookup by a non-null key cannot throw).
    private void ExecuteDictionaryFields(CompiledField[] fields, Dictionary<string, object?> parent, ResultMap map)
    {
        var values = map.Slots;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            parent.TryGetValue(field.DictionaryKey, out var value);
            var completion = field.Completion;
            if (value is not null && IsSerializedLeaf(completion, value))
            {
                values[i] = value;
                continue;
            }

            CompleteValue(field, completion, map, i, value, null);
            if (map.StopsFields)
            {
                return;
            }
        }
    }

    private void ExecuteField(CompiledField field, object? parent, ResultMap map, int slot)
    {
        if (field.IsTypeName)
        {
            map.SetSlot(slot, field.DeclaringType.Name);
            return;
        }

        var resolver = field.Resolver;
        if (resolver is null)
        {
            object? value;
            try
            {
                value = field.ResolveDefault(parent);
            }
            catch (Exception ex)
            {
                FieldError(field, map, slot, field.Completion.NonNull, ex);
                return;
            }

            if (value is not null && IsSerializedLeaf(field.Completion, value))
            {
                map.SetSlot(slot, value);
                return;
            }

            CompleteValue(field, field.Completion, map, slot, value, null);
            return;
        }

        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = field.GetArguments(Variables);
        }
        catch (GraphQLException ex)
        {
            FieldError(field, map, slot, field.Completion.NonNull, ex);
            return;
        }

        var context = RentContext(field, parent, map, slot, arguments);
        ValueTask<object?> pending;
        try
        {
            pending = resolver(context);
        }
        catch (Exception ex)
        {
            ReturnContext(context);
            FieldError(field, map, slot, field.Completion.NonNull, ex);
            return;
        }

        if (!pending.IsCompletedSuccessfully || IsBackedByTask(pending))
        {
            // A faulted task is completed later too, as graphql-js handles a rejected promise after
            // the synchronous work; so is a task that happened to finish already on another thread
            // (a promise in graphql-js), so error order and null propagation do not depend on timing.
            Defer(pending.AsTask(), AsyncValueAdapters.ObjectTaskResult, field, field.Completion, map, slot, context);
            return;
        }

        var result = pending.Result;
        var deferredBefore = _deferredTotal;
        CompleteValue(field, field.Completion, map, slot, result, context);
        if (_deferredTotal == deferredBefore)
        {
            ReturnContext(context);
        }
    }

    // A ValueTask made from a result equals a new one made from the same result; one that wraps
    // a task (or a value task source) does not. No allocation either way.
    private static bool IsBackedByTask(ValueTask<object?> completed)
        => !completed.Equals(new ValueTask<object?>(completed.Result));

    /// <summary>CompleteValue (spec section 6.4.3) into a slot of the result tree.</summary>
    private void CompleteValue(CompiledField field, ValueCompletion completion, ResultNode node, int slot, object? value, ResolverContext? context)
    {
        if (value is null)
        {
            if (completion.NonNull)
            {
                FieldError(field, node, slot, true, ErrorFactory.Create(
                    $"Cannot return null for non-nullable field {field.DeclaringType.Name}.{field.FieldName}.",
                    ErrorCodes.NonNullViolation,
                    field,
                    node.GetPath(slot)));
            }
            else
            {
                node.SetSlot(slot, null);
            }

            return;
        }

        if (IsSerializedLeaf(completion, value))
        {
            node.SetSlot(slot, value);
            return;
        }

        // The usual values of the other kinds, settled without the type tests of the general path below.
        switch (completion.Kind)
        {
            case CompletionKind.Enum when value is string text && completion.EnumSerializer.TrySerializeString(text, out var name):
                node.SetSlot(slot, name);
                return;
            case CompletionKind.Object when value.GetType() == typeof(Dictionary<string, object?>):
                CompleteObject(field, completion.ObjectType!, node, slot, completion.NonNull, value);
                return;
            case CompletionKind.List when value.GetType() == typeof(List<object?>):
                CompleteItems(field, completion, node, slot, CollectionsMarshal.AsSpan(Unsafe.As<List<object?>>(value)), context);
                return;
        }

        if (value is Task task)
        {
            Defer(task, AsyncValueAdapters.GetResultReader(task), field, completion, node, slot, context);
            return;
        }

        if (value is Exception exception)
        {
            FieldError(field, node, slot, completion.NonNull, exception);
            return;
        }

        switch (completion.Kind)
        {
            case CompletionKind.Object:
                if (value is ValueType && AsyncValueAdapters.TryGetValueTask(value, out var objectTask))
                {
                    Defer(objectTask, AsyncValueAdapters.GetResultReader(objectTask), field, completion, node, slot, context);
                    return;
                }

                CompleteObject(field, completion.ObjectType!, node, slot, completion.NonNull, value);
                return;
            case CompletionKind.List:
                CompleteList(field, completion, node, slot, value, context);
                return;
            case CompletionKind.Abstract:
                if (AsyncValueAdapters.TryGetValueTask(value, out var abstractTask))
                {
                    Defer(abstractTask, AsyncValueAdapters.GetResultReader(abstractTask), field, completion, node, slot, context);
                    return;
                }

                CompleteAbstract(field, (NamedType)completion.NullableType, node, slot, completion.NonNull, value, context);
                return;
            default:
                CompleteLeaf(field, completion, node, slot, value, context);
                return;
        }
    }

    // The specified scalars return these values unchanged: no Serialize call and no re-boxing.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSerializedLeaf(ValueCompletion completion, object value) => completion.Kind switch
    {
        CompletionKind.StringLeaf => value is string,
        CompletionKind.IntLeaf => value is int,
        CompletionKind.BooleanLeaf => value is bool,
        CompletionKind.FloatLeaf => value is double number && double.IsFinite(number),
        _ => false,
    };

    // Only values the specified scalars do not pass through unchanged get here (CompleteValue).
    private void CompleteLeaf(CompiledField field, ValueCompletion completion, ResultNode node, int slot, object value, ResolverContext? context)
    {
        object? serialized;
        try
        {
            serialized = completion.Kind == CompletionKind.Enum
                ? completion.EnumSerializer.Serialize(value)
                : completion.Scalar!.Serialize(value);
        }
        catch (Exception ex)
        {
            if (AsyncValueAdapters.TryGetValueTask(value, out var valueTask))
            {
                Defer(valueTask, AsyncValueAdapters.GetResultReader(valueTask), field, completion, node, slot, context);
                return;
            }

            var error = ex is GraphQLException
                ? ex
                : (object)ErrorFactory.Create(ex.Message, ErrorCodes.SerializationFailed, field, node.GetPath(slot));
            FieldError(field, node, slot, completion.NonNull, error);
            return;
        }

        if (serialized is null)
        {
            FieldError(field, node, slot, completion.NonNull, ErrorFactory.Create(
                $"Expected `{completion.NullableType}.serialize({Inspector.Inspect(value)})` to return non-nullable value, returned: null",
                ErrorCodes.SerializationFailed,
                field,
                node.GetPath(slot)));
            return;
        }

        node.SetSlot(slot, serialized);
    }

    private void CompleteObject(CompiledField field, ObjectType objectType, ResultNode node, int slot, bool nonNull, object value)
    {
        if (objectType.IsOfType is { } isOfType && !isOfType(value))
        {
            FieldError(field, node, slot, nonNull, ErrorFactory.Create(
                $"Expected value of type \"{objectType.Name}\" but got: {Inspector.Inspect(value)}.",
                ErrorCodes.ResolverError,
                field,
                node.GetPath(slot)));
            return;
        }

        var selectionSet = field.GetSelectionSet(objectType);
        var map = ResultMap.Create(selectionSet.Keys);
        map.AttachTo(node, slot, nonNull);
        node.SetSlot(slot, map);
        ExecuteSelectionSet(selectionSet, value, map);
        EndSyncPhase(map);
    }

    private void CompleteAbstract(CompiledField field, NamedType abstractType, ResultNode node, int slot, bool nonNull, object value, ResolverContext? context)
    {
        ObjectType? objectType;
        try
        {
            objectType = ResolveAbstractType(field, abstractType, node, slot, value, context);
        }
        catch (Exception ex)
        {
            FieldError(field, node, slot, nonNull, ex);
            return;
        }

        CompleteObject(field, objectType, node, slot, nonNull, value);
    }

    private ObjectType ResolveAbstractType(CompiledField field, NamedType abstractType, ResultNode node, int slot, object value, ResolverContext? context)
    {
        var resolveType = abstractType switch
        {
            InterfaceType interfaceType => interfaceType.ResolveType,
            UnionType unionType => unionType.ResolveType,
            _ => null,
        };

        ObjectType? objectType;
        if (resolveType is not null)
        {
            var ownContext = context is null;
            context ??= RentContext(field, null, node, slot, field.GetArguments(Variables));
            objectType = resolveType(context, value);
            if (ownContext)
            {
                ReturnContext(context);
            }
        }
        else
        {
            objectType = DefaultResolveType(field, abstractType, value, node, slot);
        }

        if (objectType is null)
        {
            throw AbstractError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.DeclaringType.Name}.{field.FieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                field,
                node,
                slot);
        }

        if (!ReferenceEquals(Schema.GetType(objectType.Name), objectType))
        {
            throw AbstractError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{objectType.Name}\" that does not exist inside the schema.", field, node, slot);
        }

        if (!Schema.IsPossibleType(abstractType, objectType))
        {
            throw AbstractError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", field, node, slot);
        }

        return objectType;
    }

    // graphql-js defaultTypeResolver: "__typename", then isTypeOf; then the CLR runtime type.
    private ObjectType? DefaultResolveType(CompiledField field, NamedType abstractType, object value, ResultNode node, int slot)
    {
        object? typeName = null;
        var hasTypeName = value switch
        {
            IReadOnlyDictionary<string, object?> map => map.TryGetValue("__typename", out typeName),
            IDictionary<string, object?> dictionary => dictionary.TryGetValue("__typename", out typeName),
            _ => false,
        };
        if (hasTypeName && typeName is string name)
        {
            return Schema.GetType(name) switch
            {
                ObjectType objectType => objectType,
                null => throw AbstractError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.", field, node, slot),
                _ => throw AbstractError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".", field, node, slot),
            };
        }

        foreach (var possible in Schema.GetPossibleTypes(abstractType))
        {
            if (possible.IsOfType is { } isOfType && isOfType(value))
            {
                return possible;
            }
        }

        return _executor.Cache.GetObjectTypeByRuntimeType(abstractType, value.GetType());
    }

    private static GraphQLException AbstractError(string message, CompiledField field, ResultNode node, int slot)
        => new(ErrorFactory.Create(message, ErrorCodes.AbstractTypeResolutionFailed, field, node.GetPath(slot)));

    private void CompleteList(CompiledField field, ValueCompletion completion, ResultNode node, int slot, object value, ResolverContext? context)
    {
        // The usual list values, read as spans without interface calls.
        if (value.GetType() == typeof(List<object?>))
        {
            CompleteItems(field, completion, node, slot, CollectionsMarshal.AsSpan(Unsafe.As<List<object?>>(value)), context);
            return;
        }

        if (value.GetType() == typeof(object[]))
        {
            CompleteItems(field, completion, node, slot, Unsafe.As<object?[]>(value), context);
            return;
        }

        var nonNull = completion.NonNull;
        if (value is string || value is not IEnumerable items)
        {
            if (value is not string && AsyncValueAdapters.TryCollectAsyncEnumerable(value, RequestAborted, out var collected))
            {
                Defer(collected, AsyncValueAdapters.ObjectTaskResult, field, completion, node, slot, context);
                return;
            }

            if (AsyncValueAdapters.TryGetValueTask(value, out var valueTask))
            {
                Defer(valueTask, AsyncValueAdapters.GetResultReader(valueTask), field, completion, node, slot, context);
                return;
            }

            FieldError(field, node, slot, nonNull, ErrorFactory.Create(
                $"Expected Iterable, but did not find one for field \"{field.DeclaringType.Name}.{field.FieldName}\".",
                ErrorCodes.ResolverError,
                field,
                node.GetPath(slot)));
            return;
        }

        if (items is not IList && AsyncValueAdapters.TryCollectAsyncEnumerable(value, RequestAborted, out var asyncItems))
        {
            Defer(asyncItems, AsyncValueAdapters.ObjectTaskResult, field, completion, node, slot, context);
            return;
        }

        var itemCompletion = completion.Item!;
        if (items is IList list)
        {
            var count = list.Count;
            var result = StartList(node, slot, nonNull, count);
            for (var i = 0; i < count && !result.IsInvalidated; i++)
            {
                CompleteValue(field, itemCompletion, result, result.AddSlot(), list[i], context);
            }

            EndSyncPhase(result);
            return;
        }

        var enumerated = StartList(node, slot, nonNull, items is ICollection collection ? collection.Count : 4);
        try
        {
            foreach (var item in items)
            {
                CompleteValue(field, itemCompletion, enumerated, enumerated.AddSlot(), item, context);
                if (enumerated.IsInvalidated)
                {
                    return;
                }
            }
        }
        catch (Exception ex)
        {
            FieldError(field, node, slot, nonNull, ex);
            return;
        }

        EndSyncPhase(enumerated);
    }

    private void CompleteItems(CompiledField field, ValueCompletion completion, ResultNode node, int slot, ReadOnlySpan<object?> items, ResolverContext? context)
    {
        var itemCompletion = completion.Item!;
        var result = StartList(node, slot, completion.NonNull, items.Length);
        for (var i = 0; i < items.Length && !result.IsInvalidated; i++)
        {
            var item = items[i];
            if (item is not null && IsSerializedLeaf(itemCompletion, item))
            {
                result.SetSlot(result.AddSlot(), item);
                continue;
            }

            CompleteValue(field, itemCompletion, result, result.AddSlot(), item, context);
        }

        EndSyncPhase(result);
    }

    private static ResultList StartList(ResultNode node, int slot, bool nonNull, int capacity)
    {
        var result = new ResultList(capacity);
        result.AttachTo(node, slot, nonNull);
        node.SetSlot(slot, result);
        return result;
    }

    /// <summary>Records a field error and nulls the nearest nullable slot (spec section 6.4.4).</summary>
    private void FieldError(CompiledField field, ResultNode node, int slot, bool nonNull, object errorOrException)
    {
        GraphQLError error;
        List<GraphQLError>? more = null;
        switch (errorOrException)
        {
            case GraphQLError graphQLError:
                error = graphQLError;
                break;
            case GraphQLException { Errors.Count: > 1 } multiple:
                var path = node.GetPath(slot);
                error = ErrorFactory.Locate(multiple.Errors[0], field, path);
                more = [];
                for (var i = 1; i < multiple.Errors.Count; i++)
                {
                    more.Add(ErrorFactory.Locate(multiple.Errors[i], field, path));
                }

                break;
            default:
                error = ErrorFactory.FromException((Exception)errorOrException, field, node.GetPath(slot), _executor.Options.IncludeExceptionDetails);
                break;
        }

        if (!nonNull)
        {
            node.SetSlot(slot, null);
            if (!IsRemoved(node))
            {
                AddError(error, more);
            }

            return;
        }

        Reject(node, error, more);
    }

    /// <summary>
    /// A non-null error reached <paramref name="start"/>: removes it and its non-null ancestors up
    /// to the nearest nullable slot, which becomes null (graphql-js rethrows up to handleFieldError).
    /// </summary>
    private void Reject(ResultNode start, GraphQLError error, List<GraphQLError>? more)
    {
        for (var current = start; ; )
        {
            if (current.IsInvalidated)
            {
                // An ancestor was already removed; graphql-js drops this error the same way.
                return;
            }

            if (current.HasDeferredError && !current.InSyncPhase)
            {
                // Promise.all of the map's earlier fields rejected: the map's own error wins.
                (error, more) = TakeDeferredError(current);
            }
            else if (current.InSyncPhase && current is ResultMap && PendingSlots(current) > 0)
            {
                // executeFields: promiseForObject(results).finally(() => { throw error; })
                current.HasDeferredError = true;
                (_deferredErrors ??= []).Add(current, new DeferredFailure(error, more));
                return;
            }

            current.IsInvalidated = true;
            var parent = current.Parent;
            if (parent is null)
            {
                _dataNulled = true;
                AddError(error, more);
                return;
            }

            if (!current.ParentSlotIsNonNull)
            {
                parent.SetSlot(current.ParentSlot, null);
                if (!IsRemoved(parent))
                {
                    AddError(error, more);
                }

                if (current.CountedInParent)
                {
                    SlotSettled(parent);
                }

                return;
            }

            current = parent;
        }
    }

    /// <summary>A map or list has started all its fields or items; pending ones make its parent slot pending.</summary>
    private void EndSyncPhase(ResultNode node)
    {
        node.InSyncPhase = false;
        if (_pendingSlots is not null && PendingSlots(node) > 0 && !node.IsInvalidated && node.Parent is { } parent)
        {
            node.CountedInParent = true;
            AddPendingSlot(parent);
        }
    }

    /// <summary>A pending slot of <paramref name="node"/> settled; settles the node (and up) when it was the last.</summary>
    private void SlotSettled(ResultNode node)
    {
        while (!node.IsInvalidated)
        {
            if (RemovePendingSlot(node) > 0 || node.InSyncPhase)
            {
                return;
            }

            if (node.HasDeferredError)
            {
                var failure = TakeDeferredError(node);
                Reject(node, failure.Error, failure.More);
                return;
            }

            if (!node.CountedInParent)
            {
                return;
            }

            node = node.Parent!;
        }
    }

    /// <summary>How many slots (deferred values or child nodes) of a node have not settled yet.</summary>
    private int PendingSlots(ResultNode node)
        => _pendingSlots is { } pending && pending.TryGetValue(node, out var count) ? count : 0;

    private void AddPendingSlot(ResultNode node)
        => CollectionsMarshal.GetValueRefOrAddDefault(_pendingSlots ??= [], node, out _)++;

    private int RemovePendingSlot(ResultNode node)
    {
        var pending = _pendingSlots!;
        ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(pending, node);
        var left = --count;
        if (left == 0)
        {
            pending.Remove(node);
        }

        return left;
    }

    private DeferredFailure TakeDeferredError(ResultNode node)
    {
        node.HasDeferredError = false;
        _deferredErrors!.Remove(node, out var failure);
        return failure!;
    }

    // An error that settles inside a subtree a non-null error already removed is not reported:
    // graphql-js has completed that part of the response (and stopped collecting its errors).
    private static bool IsRemoved(ResultNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current.IsInvalidated)
            {
                return true;
            }
        }

        return false;
    }

    private void AddError(GraphQLError error, List<GraphQLError>? more = null)
    {
        lock (this)
        {
            var errors = _errors ??= [];
            AddErrorUnlocked(errors, error);
            if (more is not null)
            {
                foreach (var extra in more)
                {
                    AddErrorUnlocked(errors, extra);
                }
            }
        }
    }

    private void AddErrorUnlocked(List<GraphQLError> errors, GraphQLError error)
    {
        if (_tooManyErrors)
        {
            return;
        }

        if (_executor.Options.MaxErrors is { } max && errors.Count >= max)
        {
            _tooManyErrors = true;
            errors.Add(GraphQLError.WithCode(
                $"The response has more than {max} errors; further errors are not reported.", ErrorCodes.TooManyErrors));
            return;
        }

        errors.Add(error);
    }

    private ResolverContext RentContext(CompiledField field, object? parent, ResultNode node, int slot, IReadOnlyDictionary<string, object?> arguments)
    {
        if (_contextPool is { Count: > 0 } pool)
        {
            var pooled = pool.Pop();
            pooled.Initialize(field, parent, node, slot, arguments);
            return pooled;
        }

        _escaped = true;
        var context = new ResolverContext(this);
        context.Initialize(field, parent, node, slot, arguments);
        return context;
    }

    private void Defer(Task task, Func<Task, object?> readResult, CompiledField field, ValueCompletion completion, ResultNode node, int slot, ResolverContext? context)
    {
        if (_ready is null)
        {
            _escaped = true;
            _ready = new ConcurrentQueue<DeferredCompletion>();
            _signal = new SemaphoreSlim(0);
        }

        var deferred = new DeferredCompletion(this, task, readResult, field, completion, node, slot, context, _deferredTotal);
        AddPendingSlot(node);
        _pending++;
        _deferredTotal++;
        if (task.IsCompleted)
        {
            // Finished already: queue it now, in the order the values were started.
            deferred.OnCompleted();
            return;
        }

        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(deferred.OnCompleted);
    }

    private void Complete(DeferredCompletion completion)
    {
        _pending--;
        CompleteDeferred(completion);
        SlotSettled(completion.Node);
    }

    private void CompleteDeferred(DeferredCompletion completion)
    {
        var task = completion.Task;
        var field = completion.Field;
        if (!task.IsCompletedSuccessfully)
        {
            Exception exception = task.Exception is { } aggregate
                ? aggregate.InnerExceptions.Count == 1 ? aggregate.InnerExceptions[0] : aggregate
                : new OperationCanceledException("The operation was canceled.");
            FieldError(field, completion.Node, completion.Slot, completion.Completion.NonNull, exception);
            return;
        }

        object? value;
        try
        {
            value = completion.ReadResult(task);
        }
        catch (Exception ex)
        {
            FieldError(field, completion.Node, completion.Slot, completion.Completion.NonNull, ex);
            return;
        }

        CompleteValue(field, completion.Completion, completion.Node, completion.Slot, value, completion.Context);
    }

    /// <summary>
    /// Completes deferred values until none is left; signals the batch dispatcher when idle. After an
    /// abort it goes on in the aborted mode: it waits for the resolvers already started and drops their values.
    /// </summary>
    private async Task DrainAsync()
    {
        var ready = _ready!;
        var signal = _signal!;
        var dispatcher = GetDispatcher();
        EventHandler? onEnqueued = null;
        if (dispatcher is not null)
        {
            onEnqueued = (_, _) => signal.Release();
            dispatcher.TaskEnqueued += onEnqueued;
        }

        // The batches of the last dispatch: until they end, resolvers they resume may still be
        // about to queue loads, so the executor is not idle even when nothing is ready.
        Task? runningBatches = null;
        var batch = new List<DeferredCompletion>();

        // Set once the request is aborted (client gone, timeout): the resolvers already started may
        // still use the request's services (a DbContext, a pooled connection), so the request must not
        // end, and its scope be disposed, before they have. Their values are dropped and no new field
        // starts; pending DataLoader batches still run (with the cancelled token) so no resolver waits
        // forever. One that ignores its token is waited for until the grace period is over.
        ExceptionDispatchInfo? abort = null;
        CancellationTokenSource? grace = null;
        try
        {
            while (true)
            {
                // Seen ended before the queue is drained: a batch's promises resume their resolvers
                // inline, which queue their values before the batch ends. Seen after, the batch could
                // have readied a value between the drain and this check, and the dispatch below would
                // run without the loads that value's fields are about to queue (a level split in two).
                if (runningBatches is { IsCompleted: true })
                {
                    runningBatches = null;
                }

                if (grace is null)
                {
                    CompleteReady(ready, batch);
                }
                else
                {
                    while (ready.TryDequeue(out _))
                    {
                        _pending--;
                    }
                }

                if (_pending == 0 || grace is { IsCancellationRequested: true })
                {
                    break;
                }

                if (runningBatches is null && dispatcher is { HasTasks: true })
                {
                    // Every started resolver is waiting: let the batches run (DataLoader).
                    runningBatches = DispatchBatches(dispatcher, signal);
                    continue;
                }

                if (grace is not null)
                {
                    await signal.WaitAsync(grace.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    continue;
                }

                try
                {
                    await signal.WaitAsync(RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException cancelled) when (RequestAborted.IsCancellationRequested)
                {
                    abort = ExceptionDispatchInfo.Capture(cancelled);
                    grace = new CancellationTokenSource(_executor.Options.AbortGracePeriod);
                }
            }

            if (grace is not null && runningBatches is not null)
            {
                await runningBatches.WaitAsync(grace.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            abort?.Throw();

            // A resolver that ended because of the abort may have been completed (as a field
            // error) before the wait above saw the cancellation: the request still ends as
            // aborted (TIMEOUT for the execution timeout), whichever came first.
            RequestAborted.ThrowIfCancellationRequested();
        }
        finally
        {
            grace?.Dispose();
            if (dispatcher is not null)
            {
                dispatcher.TaskEnqueued -= onEnqueued;
            }
        }
    }

    // Completes every ready value, those found ready together in the order they were started, so
    // results and errors do not depend on which thread finished first.
    private void CompleteReady(ConcurrentQueue<DeferredCompletion> ready, List<DeferredCompletion> batch)
    {
        while (!ready.IsEmpty)
        {
            while (ready.TryDequeue(out var completion))
            {
                batch.Add(completion);
            }

            if (batch.Count > 1)
            {
                batch.Sort(static (x, y) => x.Sequence.CompareTo(y.Sequence));
            }

            foreach (var completion in batch)
            {
                Complete(completion);
            }

            batch.Clear();
        }
    }

    private static Task? DispatchBatches(IBatchDispatcher dispatcher, SemaphoreSlim signal)
    {
        var running = dispatcher.Dispatch();
        if (running.IsCompleted)
        {
            return null;
        }

        running.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(() => signal.Release());
        return running;
    }

    private IBatchDispatcher? GetDispatcher()
        => Services.GetService(typeof(IBatchDispatcher)) as IBatchDispatcher;
}
