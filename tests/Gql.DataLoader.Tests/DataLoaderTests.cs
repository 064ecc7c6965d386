namespace Gql.DataLoader.Tests;

/// <summary>The semantics of graphql/dataloader's own test suite, on this library.</summary>
public sealed class DataLoaderTests : IDisposable
{
    private readonly DataLoaderScope _scope = new();

    public void Dispose() => _scope.Dispose();

    [Fact]
    public async Task Loads_a_value()
    {
        var loader = new RecordingLoader(_scope);

        var value = await _scope.RunAsync(loader.LoadAsync("a"));

        Assert.Equal("A", value);
        Assert.Equal([["a"]], loader.Calls);
    }

    [Fact]
    public async Task Batches_keys_requested_before_a_dispatch()
    {
        var loader = new RecordingLoader(_scope);

        var a = loader.LoadAsync("a");
        var b = loader.LoadAsync("b");
        await _scope.RunAsync(Task.WhenAll(a, b));

        Assert.Equal(("A", "B"), (await a, await b));
        Assert.Equal([["a", "b"]], loader.Calls);
    }

    [Fact]
    public async Task Nothing_is_called_before_the_dispatch()
    {
        var loader = new RecordingLoader(_scope);

        var a = loader.LoadAsync("a");

        Assert.Empty(loader.Calls);
        Assert.True(_scope.HasTasks);
        Assert.False(a.IsCompleted);
        await _scope.RunAsync(a);
        Assert.False(_scope.HasTasks);
    }

    [Fact]
    public async Task Loads_that_depend_on_earlier_loads_make_one_batch_each()
    {
        var loader = new RecordingLoader(_scope);

        async Task<string?> ChainAsync(string key)
        {
            var first = await loader.LoadAsync(key);
            return await loader.LoadAsync(first + "!");
        }

        var values = await _scope.RunAsync(Task.WhenAll(ChainAsync("a"), ChainAsync("b")));

        Assert.Equal(new string?[] { "A!", "B!" }, values);
        Assert.Equal([["a", "b"], ["A!", "B!"]], loader.Calls);
    }

    [Fact]
    public async Task Load_many_keeps_the_order_of_the_keys()
    {
        var loader = new RecordingLoader(_scope);

        var values = await _scope.RunAsync(loader.LoadAsync(["c", "a", "b"]));

        Assert.Equal(["C", "A", "B"], values);
        Assert.Equal([["c", "a", "b"]], loader.Calls);
    }

    [Fact]
    public async Task Load_many_of_no_keys_calls_nothing()
    {
        var loader = new RecordingLoader(_scope);

        var values = await _scope.RunAsync(loader.LoadAsync(Array.Empty<string>()));

        Assert.Empty(values);
        Assert.Empty(loader.Calls);
        Assert.False(_scope.HasTasks);
    }

    [Fact]
    public async Task Coalesces_identical_keys()
    {
        var loader = new RecordingLoader(_scope);

        var first = loader.LoadAsync("a");
        var second = loader.LoadAsync("a");
        var many = loader.LoadAsync(["a", "b", "a"]);
        await _scope.RunAsync(Task.WhenAll(first, second, many));

        Assert.Same(first, second);
        Assert.Equal(["A", "B", "A"], await many);
        Assert.Equal([["a", "b"]], loader.Calls);
    }

    [Fact]
    public async Task Caches_values_across_batches()
    {
        var loader = new RecordingLoader(_scope);

        await _scope.RunAsync(loader.LoadAsync(["a", "b"]));
        var values = await _scope.RunAsync(loader.LoadAsync(["a", "c"]));

        Assert.Equal(["A", "C"], values);
        Assert.Equal([["a", "b"], ["c"]], loader.Calls);
    }

    [Fact]
    public async Task Cached_keys_complete_without_a_dispatch()
    {
        var loader = new RecordingLoader(_scope);
        await _scope.RunAsync(loader.LoadAsync("a"));

        var again = loader.LoadAsync("a");

        Assert.True(again.IsCompletedSuccessfully);
        Assert.False(_scope.HasTasks);
    }

    [Fact]
    public async Task Remove_forgets_one_key()
    {
        var loader = new RecordingLoader(_scope);
        await _scope.RunAsync(loader.LoadAsync(["a", "b"]));

        loader.Remove("a");
        await _scope.RunAsync(loader.LoadAsync(["a", "b"]));

        Assert.Equal([["a", "b"], ["a"]], loader.Calls);
    }

    [Fact]
    public async Task Clear_forgets_every_key()
    {
        var loader = new RecordingLoader(_scope);
        await _scope.RunAsync(loader.LoadAsync(["a", "b"]));

        loader.Clear();
        await _scope.RunAsync(loader.LoadAsync(["a", "b"]));

        Assert.Equal([["a", "b"], ["a", "b"]], loader.Calls);
    }

    [Fact]
    public async Task Prime_fills_the_cache_without_a_call()
    {
        var loader = new RecordingLoader(_scope);

        loader.Prime("a", "primed");
        var values = await _scope.RunAsync(loader.LoadAsync(["a", "b"]));

        Assert.Equal(["primed", "B"], values);
        Assert.Equal([["b"]], loader.Calls);
    }

    [Fact]
    public async Task Prime_does_not_replace_a_cached_value_but_set_does()
    {
        var loader = new RecordingLoader(_scope);
        await _scope.RunAsync(loader.LoadAsync("a"));

        loader.Prime("a", "primed");
        var afterPrime = await loader.LoadAsync("a");
        loader.Set("a", "set");
        var afterSet = await loader.LoadAsync("a");

        Assert.Equal(("A", "set"), (afterPrime, afterSet));
        Assert.Single(loader.Calls);
    }

    [Fact]
    public async Task Prime_after_remove_replaces_the_value()
    {
        var loader = new RecordingLoader(_scope);
        await _scope.RunAsync(loader.LoadAsync("a"));

        loader.Remove("a");
        loader.Prime("a", "primed");

        Assert.Equal("primed", await loader.LoadAsync("a"));
    }

    [Fact]
    public async Task Keys_the_batch_does_not_return_resolve_to_null()
    {
        var loader = new RecordingLoader(_scope);
        loader.Missing.Add("b");

        var values = await _scope.RunAsync(loader.LoadAsync(["a", "b"]));

        Assert.Equal(["A", null], values);
    }

    [Fact]
    public async Task Splits_batches_larger_than_the_max_batch_size()
    {
        var loader = new RecordingLoader(_scope, new DataLoaderOptions { MaxBatchSize = 2 });

        var values = await _scope.RunAsync(loader.LoadAsync(["a", "b", "c", "d", "e"]));

        Assert.Equal(["A", "B", "C", "D", "E"], values);
        Assert.Equal([["a", "b"], ["c", "d"], ["e"]], loader.Calls);
    }

    [Fact]
    public async Task Max_batch_size_counts_distinct_keys()
    {
        var loader = new RecordingLoader(_scope, new DataLoaderOptions { MaxBatchSize = 2 });

        await _scope.RunAsync(loader.LoadAsync(["a", "a", "b", "b", "c"]));

        Assert.Equal([["a", "b"], ["c"]], loader.Calls);
    }

    [Fact]
    public async Task Without_caching_every_batch_asks_again_but_a_batch_has_distinct_keys()
    {
        var loader = new RecordingLoader(_scope, new DataLoaderOptions { Caching = false });

        await _scope.RunAsync(loader.LoadAsync(["a", "a"]));
        loader.Prime("b", "primed");
        var values = await _scope.RunAsync(loader.LoadAsync(["a", "b"]));

        Assert.Equal(["A", "B"], values);
        Assert.Equal([["a"], ["a", "b"]], loader.Calls);
    }

    [Fact]
    public async Task A_throwing_batch_fails_each_of_its_keys()
    {
        var loader = new RecordingLoader(_scope);

        var a = loader.LoadAsync("a");
        var failing = loader.LoadAsync("throw");
        var all = _scope.RunAsync(Task.WhenAll(a, failing));
        await Assert.ThrowsAsync<InvalidOperationException>(() => all);

        var errorA = await Assert.ThrowsAsync<InvalidOperationException>(() => a);
        var errorThrow = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Same(errorA, errorThrow);
        Assert.Equal("Batch failed: a,throw", errorA.Message);
    }

    [Fact]
    public async Task A_failed_key_is_not_cached()
    {
        var loader = new RecordingLoader(_scope);
        var failed = loader.LoadAsync(["a", "throw"]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => _scope.RunAsync(failed));

        var again = loader.LoadAsync("a");
        Assert.False(again.IsCompleted);
        Assert.Equal("A", await _scope.RunAsync(again));
        Assert.Equal([["a", "throw"], ["a"]], loader.Calls);
    }

    [Fact]
    public async Task A_failed_batch_does_not_fail_the_other_batches()
    {
        var loader = new RecordingLoader(_scope, new DataLoaderOptions { MaxBatchSize = 2 });

        var first = loader.LoadAsync(["a", "b"]);
        var second = loader.LoadAsync(["throw", "c"]);
        var third = loader.LoadAsync(["d"]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => _scope.RunAsync(Task.WhenAll(first, second, third)));

        Assert.Equal(["A", "B"], await first);
        Assert.Equal(["D"], await third);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
        Assert.True(loader.LoadAsync("a").IsCompletedSuccessfully);
        Assert.False(loader.LoadAsync("c").IsCompleted);
    }

    [Fact]
    public async Task Per_key_errors_fail_only_their_keys_and_are_not_cached()
    {
        var loader = new PerKeyErrorLoader(_scope);

        var one = loader.LoadAsync(1);
        var two = loader.LoadAsync(2);
        var three = loader.LoadAsync(3);
        await Assert.ThrowsAsync<ArgumentException>(() => _scope.RunAsync(Task.WhenAll(one, two, three)));

        Assert.Equal(4, await two);
        Assert.Equal("Odd: 1", (await Assert.ThrowsAsync<ArgumentException>(() => one)).Message);
        Assert.Equal("Odd: 3", (await Assert.ThrowsAsync<ArgumentException>(() => three)).Message);
        await Assert.ThrowsAsync<ArgumentException>(() => _scope.RunAsync(loader.LoadAsync([1, 2])));
        Assert.Equal([[1, 2, 3], [1]], loader.Calls);
    }

    [Fact]
    public async Task An_asynchronous_batch_delivers_its_values_on_a_later_dispatch()
    {
        var loader = new RecordingLoader(_scope);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        loader.Gate = gate.Task;
        var a = loader.LoadAsync("a");

        await _scope.Dispatch();
        gate.SetResult();
        await WaitUntilAsync(() => _scope.HasTasks);

        Assert.False(a.IsCompleted);
        await _scope.Dispatch();
        Assert.True(a.IsCompletedSuccessfully);
        Assert.Equal("A", await a);
    }

    [Fact]
    public async Task A_canceled_load_does_not_cancel_the_other_callers()
    {
        var loader = new RecordingLoader(_scope);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        loader.Gate = gate.Task;
        using var cancellation = new CancellationTokenSource();

        var canceled = loader.LoadAsync("a", cancellation.Token);
        var other = loader.LoadAsync("a");
        await _scope.Dispatch();
        await cancellation.CancelAsync();
        gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => canceled);
        Assert.Equal("A", await _scope.RunAsync(other));
    }

    [Fact]
    public async Task Loaders_of_one_scope_are_dispatched_together()
    {
        var first = new RecordingLoader(_scope);
        var second = new RecordingLoader(_scope);

        var a = first.LoadAsync("a");
        var b = second.LoadAsync("b");
        await _scope.Dispatch();

        Assert.Equal(("A", "B"), (await a, await b));
        Assert.Equal([["a"]], first.Calls);
        Assert.Equal([["b"]], second.Calls);
    }

    [Fact]
    public async Task A_grouped_loader_resolves_each_key_to_its_group()
    {
        var loader = new BooksByAuthorLoader(_scope);

        var groups = await _scope.RunAsync(loader.LoadAsync([1, 2, 3]));

        Assert.Equal(["Emma", "Persuasion"], groups[0]);
        Assert.Equal(["Dune"], groups[1]);
        Assert.Empty(groups[2]);
        Assert.Equal([[1, 2, 3]], loader.Calls);
    }

    [Fact]
    public async Task A_cache_loader_loads_one_key_per_call_and_caches_it()
    {
        var loader = new SquareCacheLoader(_scope);

        var first = await _scope.RunAsync(loader.LoadAsync([2, 3, 2]));
        var second = await _scope.RunAsync(loader.LoadAsync([3, 4]));

        Assert.Equal([4, 9, 4], first);
        Assert.Equal([9, 16], second);
        Assert.Equal([2, 3, 4], loader.Calls);
        Assert.Equal(1, loader.Options.MaxBatchSize);
    }

    [Fact]
    public async Task Scope_registry_returns_one_loader_per_name_and_clears_all()
    {
        var loader = _scope.GetOrAddDataLoader("letters", scope => new RecordingLoader(scope));
        var same = _scope.GetOrAddDataLoader("letters", scope => new RecordingLoader(scope));
        await _scope.RunAsync(loader.LoadAsync("a"));

        _scope.ClearAll();
        await _scope.RunAsync(loader.LoadAsync("a"));

        Assert.Same(loader, same);
        Assert.Equal([["a"], ["a"]], loader.Calls);
        Assert.Throws<InvalidOperationException>(() => _scope.GetOrAddDataLoader("letters", scope => new SquareCacheLoader(scope)));
    }

    [Fact]
    public async Task Disposing_the_scope_cancels_running_batches()
    {
        var scope = new DataLoaderScope();
        var seen = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var loader = new TokenLoader(scope, seen);
        var value = loader.LoadAsync(1);
        await scope.Dispatch();

        scope.Dispose();

        Assert.True((await seen.Task).IsCancellationRequested);
        await WaitUntilAsync(() => scope.HasTasks);
        await scope.Dispatch();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => value);
    }

    [Fact]
    public void Negative_max_batch_size_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecordingLoader(_scope, new DataLoaderOptions { MaxBatchSize = -1 }));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }
    }
}
