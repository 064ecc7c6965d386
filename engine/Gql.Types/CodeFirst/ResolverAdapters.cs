using Gql.Types.Resolvers;

namespace Gql.Types.CodeFirst;

/// <summary>
/// The small generic pieces compiled resolvers call: fetching arguments, services and the parent,
/// and turning any return shape (value, Task, ValueTask, stream) into the engine's delegate result.
/// </summary>
public static class ResolverAdapters
{
    public static T? Argument<T>(IResolverContext context, string name)
        => context.Arguments.TryGetValue(name, out var value) ? ClrValueConverter.Convert<T>(value) : default;

    public static T Service<T>(IResolverContext context)
        => (T?)context.Services.GetService(typeof(T))
           ?? throw new InvalidOperationException($"The service {typeof(T).FullName} needed by the resolver of {context.ObjectType.Name}.{context.Field.Name} is not registered.");

    public static T Parent<T>(IResolverContext context) => (T)context.ParentValue!;

    public static ValueTask<object?> FromValue(object? value) => new(value);

    public static ValueTask<object?> FromTask<T>(Task<T> task)
        => task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitTask(task);

    public static ValueTask<object?> FromTask(Task task)
        => task.IsCompletedSuccessfully ? default : AwaitTask(task);

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task)
        => task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitValueTask(task);

    public static ValueTask<object?> FromValueTask(ValueTask task)
        => task.IsCompletedSuccessfully ? default : AwaitValueTask(task);

    public static ValueTask<IAsyncEnumerable<object?>> FromStream<T>(IAsyncEnumerable<T> stream)
        => new(stream as IAsyncEnumerable<object?> ?? Box(stream));

    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamTask<T>(Task<IAsyncEnumerable<T>> task)
        => await FromStream(await task.ConfigureAwait(false)).ConfigureAwait(false);

    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamValueTask<T>(ValueTask<IAsyncEnumerable<T>> task)
        => await FromStream(await task.ConfigureAwait(false)).ConfigureAwait(false);

    private static async ValueTask<object?> AwaitTask<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitTask(Task task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    private static async ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitValueTask(ValueTask task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> stream)
    {
        await foreach (var item in stream.ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
