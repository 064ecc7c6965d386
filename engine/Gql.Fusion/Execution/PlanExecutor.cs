using System.Text.Json;
using Gql.Execution;
using Gql.Fusion.Execution.InPlace;
using Gql.Fusion.Planning;
using Gql.Language;

namespace Gql.Fusion.Execution;

/// <summary>
/// Runs a <see cref="QueryPlan"/>: fetches without dependencies in parallel, each other fetch when
/// its dependencies are done; entity fetches collect the entities at their path, de-duplicate
/// their keys and send one request (variable batching, or a batch lookup) per fetch. Results are
/// merged into one tree keyed by response names; a failed fetch leaves an error value on each
/// field it should have filled, which the executor turns into a null with that error at the field's path.
/// </summary>
internal sealed class PlanExecutor(SubgraphClients clients, EntityBatching batching)
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private int _reusedCollections;

    public SubgraphClients Clients => clients;

    /// <summary>How many entity fetches of in-place merges reused the entities another request had collected from the same answers.</summary>
    public int ReusedCollections => Volatile.Read(ref _reusedCollections);

    /// <summary>Runs the fetches that depend on the root fetch <paramref name="done"/>, whose data is already in the context (a subscription event).</summary>
    public Task ExecuteAfterAsync(QueryPlan plan, int done, FetchContext context, CancellationToken cancellationToken)
    {
        var fetches = plan.Fetches;
        if (fetches.Count == 1)
        {
            return Task.CompletedTask;
        }

        var tasks = new Task[fetches.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = i == done ? Task.CompletedTask : FetchAfterAsync(fetches[i], tasks, context, cancellationToken);
        }

        return Task.WhenAll(tasks);
    }

    public Task ExecuteAsync(QueryPlan plan, FetchContext context, CancellationToken cancellationToken)
    {
        var fetches = plan.Fetches;
        if (fetches.Count == 0)
        {
            return Task.CompletedTask;
        }

        if (fetches.Count == 1)
        {
            return FetchAsync(fetches[0], context, cancellationToken);
        }

        var tasks = new Task[fetches.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            var fetch = fetches[i];
            tasks[i] = fetch.DependsOn.Count == 0
                ? FetchAsync(fetch, context, cancellationToken)
                : FetchAfterAsync(fetch, tasks, context, cancellationToken);
        }

        return Task.WhenAll(tasks);
    }

    private async Task FetchAfterAsync(FetchNode fetch, Task[] tasks, FetchContext context, CancellationToken cancellationToken)
    {
        var dependsOn = fetch.DependsOn;
        if (dependsOn.Count == 1)
        {
            await tasks[dependsOn[0]].ConfigureAwait(false);
        }
        else
        {
            var waits = new Task[dependsOn.Count];
            for (var i = 0; i < waits.Length; i++)
            {
                waits[i] = tasks[dependsOn[i]];
            }

            await Task.WhenAll(waits).ConfigureAwait(false);
        }

        await FetchAsync(fetch, context, cancellationToken).ConfigureAwait(false);
    }

    private Task FetchAsync(FetchNode fetch, FetchContext context, CancellationToken cancellationToken)
        => fetch.Kind == FetchKind.Root
            ? FetchRootAsync(fetch, context, cancellationToken)
            : FetchEntitiesAsync(fetch, context, cancellationToken);

    private async Task FetchRootAsync(FetchNode fetch, FetchContext context, CancellationToken cancellationToken)
    {
        using var body = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(body, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("query", fetch.DocumentJson);
            if (fetch.ForwardedVariables.Count > 0)
            {
                writer.WriteStartObject("variables");
                WriteForwardedVariables(writer, fetch, context);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        var response = await clients.PostAsync(fetch.Subgraph, body, context, cancellationToken).ConfigureAwait(false);
        try
        {
            lock (context.Sync)
            {
                if (context.Outcomes is { } outcomes)
                {
                    var outcome = RootOutcome(fetch, response, PlanLayout.Of(context.Plan!));
                    if (!outcome.Readable)
                    {
                        context.NeedsReplay = true;
                    }

                    outcomes[fetch.Id] = outcome;
                }
                else
                {
                    MergeRoot(fetch, response, context);
                }
            }
        }
        finally
        {
            context.Release(response);
        }
    }

    // Requests that got the same (shared) answer get the same outcome, so the entity fetches after
    // it can reuse what another request collected from it (SharedCollection).
    private static FetchOutcome RootOutcome(FetchNode fetch, SubgraphResponse response, PlanLayout layout)
    {
        var recent = layout.RootOutcomes(fetch.Id);
        for (var i = 0; i < RecentResults<FetchOutcome>.Capacity; i++)
        {
            if (recent[i] is { } shared && ReferenceEquals(shared.Response, response))
            {
                return shared;
            }
        }

        var outcome = new FetchOutcome(response, EntityRequestKind.Root);
        if (response.Body is { } body && DataOf(body.RootElement, out var data))
        {
            outcome.Data = data;
        }
        else
        {
            outcome.Readable = false;
        }

        recent.Add(outcome);
        return outcome;
    }

    private static void MergeRoot(FetchNode fetch, SubgraphResponse response, FetchContext context)
    {
        if (response.Failure is { } failure)
        {
            ResultMerger.MarkFailed(context.Root, fetch.ResponseNames, failure);
            return;
        }

        var root = response.Body!.RootElement;
        JsonElement data = default;
        var hasData = root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("data", out data)
            && data.ValueKind == JsonValueKind.Object;
        if (hasData)
        {
            ResultMerger.Merge(context.Root, data, context.KeepsRawStrings);
        }

        ResultMerger.PlaceErrors(context, root, context.Root, [], 0, hasData, fetch);
    }

    private async Task FetchEntitiesAsync(FetchNode fetch, FetchContext context, CancellationToken cancellationToken)
    {
        if (context.Outcomes is not null)
        {
            await FetchEntitiesInPlaceAsync(fetch, context, cancellationToken).ConfigureAwait(false);
            return;
        }

        List<EntityGroup> groups;
        lock (context.Sync)
        {
            groups = EntityCollector.Collect(context.Root, fetch);
        }

        if (groups.Count == 0)
        {
            return;
        }

        var keys = new EntityGroupKeys(groups);
        var kind = RequestKindOf(fetch, keys.Count);
        using var body = WriteEntityRequest(fetch, kind, keys, context);
        var response = await clients.PostAsync(fetch.Subgraph, body, context, cancellationToken).ConfigureAwait(false);
        try
        {
            lock (context.Sync)
            {
                MergeEntities(fetch, kind, groups, response, context);
            }
        }
        finally
        {
            context.Release(response);
        }
    }

    // The in-place merge: the entities are found in the subgraph answers and the answer is kept
    // as it is, with the entities it completes (in traversal order) for the later walks. What
    // another request of the plan collected from the same answers is reused (SharedCollection).
    private async Task FetchEntitiesInPlaceAsync(FetchNode fetch, FetchContext context, CancellationToken cancellationToken)
    {
        SharedCollection collected;
        lock (context.Sync)
        {
            collected = SharedCollection.Of(fetch, context.Outcomes!, PlanLayout.Of(context.Plan!), out var reused);
            if (reused)
            {
                Interlocked.Increment(ref _reusedCollections);
            }

            if (!collected.Consistent)
            {
                context.NeedsReplay = true;
            }
        }

        var keys = collected.Keys;
        if (keys.Count == 0)
        {
            return;
        }

        var kind = RequestKindOf(fetch, keys.Count);
        SubgraphResponse response;
        if (collected.Body is { } shared)
        {
            response = await clients.PostAsync(fetch.Subgraph, shared.Bytes, shared.Hash, context, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            using var body = WriteEntityRequest(fetch, kind, keys, context);
            var hash = InFlightRequestProbe.HashBody(body.WrittenSpan);
            if (fetch.ForwardedVariables.Count == 0)
            {
                // Without client variables the body is a function of the entities alone: the
                // requests that reuse them reuse it too.
                collected.Body = new SharedRequestBody(body.WrittenSpan.ToArray(), hash);
            }

            response = await clients.PostAsync(fetch.Subgraph, body.WrittenMemory, hash, context, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            lock (context.Sync)
            {
                var outcome = collected.OutcomeOf(response);
                if (outcome is null)
                {
                    outcome = new FetchOutcome(response, kind) { Keys = keys, Occurrences = collected.Occurrences };
                    outcome.Readable = ReadAnswers(fetch, outcome);
                    collected.Add(outcome);
                }

                if (!outcome.Readable)
                {
                    context.NeedsReplay = true;
                }

                context.Outcomes![fetch.Id] = outcome;
            }
        }
        finally
        {
            context.Release(response);
        }
    }

    // The answer object of each group; false when the response has errors or is not as asked
    // (a replay then places the errors or failures as the merged tree does).
    private static bool ReadAnswers(FetchNode fetch, FetchOutcome outcome)
    {
        if (outcome.Response.Body is not { } body)
        {
            return false;
        }

        var count = outcome.Keys!.Count;
        var answers = new JsonElement[count];
        outcome.Answers = answers;
        var root = body.RootElement;
        var lookupField = fetch.Lookup!.FieldName;
        if (outcome.Kind == EntityRequestKind.VariableBatch)
        {
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != count)
            {
                return false;
            }

            var index = 0;
            var complete = true;
            foreach (var item in root.EnumerateArray())
            {
                complete &= DataOf(item, out var data) && data.TryGetProperty(lookupField, out answers[index]);
                index++;
            }

            return complete;
        }

        if (!DataOf(root, out var rootData))
        {
            return false;
        }

        switch (outcome.Kind)
        {
            case EntityRequestKind.AliasBatch:
                for (var i = 0; i < count; i++)
                {
                    rootData.TryGetProperty(FetchDocument.Alias(i), out answers[i]);
                }

                return true;
            case EntityRequestKind.BatchLookup:
                if (rootData.TryGetProperty(lookupField, out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    var index = 0;
                    foreach (var entity in list.EnumerateArray())
                    {
                        if (index < count)
                        {
                            answers[index++] = entity;
                        }
                    }
                }

                return true;
            default:
                rootData.TryGetProperty(lookupField, out answers[0]);
                return true;
        }
    }

    // The data object of a response without errors.
    private static bool DataOf(JsonElement response, out JsonElement data)
    {
        data = default;
        return response.ValueKind == JsonValueKind.Object
            && !response.TryGetProperty("errors", out _)
            && response.TryGetProperty("data", out data)
            && data.ValueKind == JsonValueKind.Object;
    }

    /// <summary>
    /// Merges what the fetches of an in-place merge left into <see cref="FetchContext.Root"/>, in
    /// plan order, as the fetches would have merged it: errors placed, failures marked. The
    /// entities are collected again from the merged tree; they are the groups the requests were
    /// sent for (same traversal, same grouping), which is checked.
    /// </summary>
    public static void Replay(QueryPlan plan, FetchContext context)
    {
        lock (context.Sync)
        {
            foreach (var fetch in plan.Fetches)
            {
                if (context.Outcomes![fetch.Id] is not { } outcome)
                {
                    continue;
                }

                if (fetch.Kind == FetchKind.Root)
                {
                    MergeRoot(fetch, outcome.Response, context);
                    continue;
                }

                var groups = EntityCollector.Collect(context.Root, fetch);
                if (!SameGroups(groups, outcome.Keys!))
                {
                    var failure = GraphQLError.WithCode(
                        $"The gateway could not place the answer of subgraph \"{fetch.Subgraph}\": its entities were found differently on replay.",
                        FusionErrorCodes.SubgraphBadResponse);
                    foreach (var group in groups)
                    {
                        group.MarkFailed(fetch, failure);
                    }

                    continue;
                }

                MergeEntities(fetch, outcome.Kind, groups, outcome.Response, context);
            }
        }
    }

    private static bool SameGroups(List<EntityGroup> groups, JsonEntityKeys keys)
    {
        if (groups.Count != keys.Count)
        {
            return false;
        }

        for (var group = 0; group < groups.Count; group++)
        {
            for (var variable = 0; variable < keys.VariableCount; variable++)
            {
                var sent = keys[group, variable];
                var sentValue = sent.ValueKind == JsonValueKind.Undefined ? null : ResultMerger.ToValue(sent);
                if (!JsonText(sentValue).Equals(JsonText(groups[group].Values[variable]), StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string JsonText(object? value)
    {
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            ResultJsonWriter.WriteValue(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private EntityRequestKind RequestKindOf(FetchNode fetch, int groupCount)
    {
        if (fetch.Lookup!.IsBatch)
        {
            return EntityRequestKind.BatchLookup;
        }

        if (groupCount == 1)
        {
            return EntityRequestKind.Single;
        }

        return batching == EntityBatching.VariableBatching ? EntityRequestKind.VariableBatch : EntityRequestKind.AliasBatch;
    }

    private static PooledBufferWriter WriteEntityRequest<TKeys>(FetchNode fetch, EntityRequestKind kind, TKeys keys, FetchContext context)
        where TKeys : IEntityKeys
    {
        var body = new PooledBufferWriter();
        using var writer = new Utf8JsonWriter(body, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("query", kind == EntityRequestKind.AliasBatch ? fetch.Parts.Batch(keys.Count) : fetch.DocumentJson);
        switch (kind)
        {
            case EntityRequestKind.AliasBatch:
                writer.WriteStartObject("variables");
                for (var i = 0; i < keys.Count; i++)
                {
                    for (var v = 0; v < fetch.EntityVariables.Count; v++)
                    {
                        writer.WritePropertyName(FetchDocument.BatchVariable(fetch.EntityVariables[v].Name, i));
                        keys.WriteValue(writer, i, v);
                    }
                }

                WriteForwardedVariables(writer, fetch, context);
                writer.WriteEndObject();
                break;
            case EntityRequestKind.BatchLookup:
                writer.WriteStartObject("variables");
                writer.WriteStartArray(fetch.EntityVariables[0].Name);
                for (var i = 0; i < keys.Count; i++)
                {
                    keys.WriteValue(writer, i, 0);
                }

                writer.WriteEndArray();
                WriteForwardedVariables(writer, fetch, context);
                writer.WriteEndObject();
                break;
            case EntityRequestKind.VariableBatch:
                writer.WriteStartArray("variables");
                for (var i = 0; i < keys.Count; i++)
                {
                    WriteEntityVariables(writer, fetch, keys, i, context);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WritePropertyName("variables");
                WriteEntityVariables(writer, fetch, keys, 0, context);
                break;
        }

        writer.WriteEndObject();
        return body;
    }

    private static void MergeEntities(FetchNode fetch, EntityRequestKind kind, List<EntityGroup> groups, SubgraphResponse response, FetchContext context)
    {
        if (response.Failure is { } failure)
        {
            foreach (var group in groups)
            {
                group.MarkFailed(fetch, failure);
            }

            return;
        }

        var root = response.Body!.RootElement;
        switch (kind)
        {
            case EntityRequestKind.AliasBatch:
                MergeAliasBatch(fetch, groups, root, context);
                break;
            case EntityRequestKind.VariableBatch:
                MergeVariableBatch(fetch, groups, root, context);
                break;
            case EntityRequestKind.BatchLookup:
                MergeBatchLookup(fetch, groups, root, context);
                break;
            default:
                MergeEntity(fetch, groups[0], root, context, fetch.Lookup!.FieldName);
                break;
        }
    }

    private static void MergeVariableBatch(FetchNode fetch, List<EntityGroup> groups, JsonElement root, FetchContext context)
    {
        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != groups.Count)
        {
            // The subgraph refused the batch as a whole (one response with request errors).
            var failure = ResultMerger.FirstError(root)
                ?? ResultMerger.BadResponse(fetch.Subgraph, "a variable batch was not answered with one result per variable set");
            foreach (var group in groups)
            {
                group.MarkFailed(fetch, failure);
            }

            return;
        }

        var index = 0;
        foreach (var item in root.EnumerateArray())
        {
            MergeEntity(fetch, groups[index++], item, context, fetch.Lookup!.FieldName);
        }
    }

    private static void MergeAliasBatch(FetchNode fetch, List<EntityGroup> groups, JsonElement response, FetchContext context)
    {
        JsonElement data = default;
        var hasData = response.ValueKind == JsonValueKind.Object
            && response.TryGetProperty("data", out data)
            && data.ValueKind == JsonValueKind.Object;
        for (var i = 0; i < groups.Count; i++)
        {
            var alias = FetchDocument.Alias(i);
            if (hasData && data.TryGetProperty(alias, out var entity) && entity.ValueKind == JsonValueKind.Object)
            {
                groups[i].Merge(entity, context.KeepsRawStrings);
            }

            groups[i].PlaceErrors(context, response, hasData, fetch, 1, alias: alias);
        }
    }

    private static void MergeEntity(FetchNode fetch, EntityGroup group, JsonElement response, FetchContext context, string lookupField)
    {
        JsonElement data = default;
        var hasData = response.ValueKind == JsonValueKind.Object
            && response.TryGetProperty("data", out data)
            && data.ValueKind == JsonValueKind.Object;
        if (hasData && data.TryGetProperty(lookupField, out var entity) && entity.ValueKind == JsonValueKind.Object)
        {
            group.Merge(entity, context.KeepsRawStrings);
        }

        group.PlaceErrors(context, response, hasData, fetch, 1);
    }

    private static void MergeBatchLookup(FetchNode fetch, List<EntityGroup> groups, JsonElement response, FetchContext context)
    {
        JsonElement data = default;
        var hasData = response.ValueKind == JsonValueKind.Object
            && response.TryGetProperty("data", out data)
            && data.ValueKind == JsonValueKind.Object;
        if (hasData && data.TryGetProperty(fetch.Lookup!.FieldName, out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var entity in list.EnumerateArray())
            {
                if (index < groups.Count && entity.ValueKind == JsonValueKind.Object)
                {
                    groups[index].Merge(entity, context.KeepsRawStrings);
                }

                index++;
            }
        }

        // Errors at [lookup, i, ...] belong to group i; others to every group.
        for (var i = 0; i < groups.Count; i++)
        {
            groups[i].PlaceErrors(context, response, hasData, fetch, 2, i);
        }
    }

    private static void WriteEntityVariables<TKeys>(Utf8JsonWriter writer, FetchNode fetch, TKeys keys, int group, FetchContext context)
        where TKeys : IEntityKeys
    {
        writer.WriteStartObject();
        var variables = fetch.EntityVariables;
        for (var i = 0; i < variables.Count; i++)
        {
            writer.WritePropertyName(variables[i].Name);
            keys.WriteValue(writer, group, i);
        }

        WriteForwardedVariables(writer, fetch, context);
        writer.WriteEndObject();
    }

    internal static void WriteForwardedVariables(Utf8JsonWriter writer, FetchNode fetch, FetchContext context)
    {
        var given = context.Variables;
        if (given is null)
        {
            return;
        }

        foreach (var name in fetch.ForwardedVariables)
        {
            if (given.TryGetValue(name, out var value))
            {
                writer.WritePropertyName(name);
                ResultJsonWriter.WriteValue(writer, value);
            }
        }
    }
}
