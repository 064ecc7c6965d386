using System.Text.Json;
using Gql.Execution;
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

    public SubgraphClients Clients => clients;

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
        }
        finally
        {
            context.Release(response);
        }
    }

    private async Task FetchEntitiesAsync(FetchNode fetch, FetchContext context, CancellationToken cancellationToken)
    {
        List<EntityGroup> groups;
        lock (context.Sync)
        {
            groups = EntityCollector.Collect(context.Root, fetch);
        }

        if (groups.Count == 0)
        {
            return;
        }

        var lookup = fetch.Lookup!;
        var variableBatch = !lookup.IsBatch && groups.Count > 1 && batching == EntityBatching.VariableBatching;
        var aliasBatch = !lookup.IsBatch && groups.Count > 1 && batching == EntityBatching.Aliases;
        using var body = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(body, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("query", aliasBatch ? fetch.Parts.Batch(groups.Count) : fetch.DocumentJson);
            if (aliasBatch)
            {
                writer.WriteStartObject("variables");
                for (var i = 0; i < groups.Count; i++)
                {
                    var values = groups[i].Values;
                    for (var v = 0; v < values.Length; v++)
                    {
                        writer.WritePropertyName(FetchDocument.BatchVariable(fetch.EntityVariables[v].Name, i));
                        ResultJsonWriter.WriteValue(writer, values[v]);
                    }
                }

                WriteForwardedVariables(writer, fetch, context);
                writer.WriteEndObject();
            }
            else if (lookup.IsBatch)
            {
                writer.WriteStartObject("variables");
                writer.WriteStartArray(fetch.EntityVariables[0].Name);
                foreach (var group in groups)
                {
                    ResultJsonWriter.WriteValue(writer, group.Values[0]);
                }

                writer.WriteEndArray();
                WriteForwardedVariables(writer, fetch, context);
                writer.WriteEndObject();
            }
            else if (variableBatch)
            {
                writer.WriteStartArray("variables");
                foreach (var group in groups)
                {
                    WriteEntityVariables(writer, fetch, group, context);
                }

                writer.WriteEndArray();
            }
            else
            {
                writer.WritePropertyName("variables");
                WriteEntityVariables(writer, fetch, groups[0], context);
            }

            writer.WriteEndObject();
        }

        var response = await clients.PostAsync(fetch.Subgraph, body, context, cancellationToken).ConfigureAwait(false);
        try
        {
            lock (context.Sync)
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
                if (aliasBatch)
                {
                    MergeAliasBatch(fetch, groups, root, context);
                }
                else if (variableBatch)
                {
                    MergeVariableBatch(fetch, groups, root, context);
                }
                else if (lookup.IsBatch)
                {
                    MergeBatchLookup(fetch, groups, root, context);
                }
                else
                {
                    MergeEntity(fetch, groups[0], root, context, lookup.FieldName);
                }
            }
        }
        finally
        {
            context.Release(response);
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

    private static void WriteEntityVariables(Utf8JsonWriter writer, FetchNode fetch, EntityGroup group, FetchContext context)
    {
        writer.WriteStartObject();
        var variables = fetch.EntityVariables;
        for (var i = 0; i < variables.Count; i++)
        {
            writer.WritePropertyName(variables[i].Name);
            ResultJsonWriter.WriteValue(writer, group.Values[i]);
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
