using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Gql.Execution;

/// <summary>
/// Turns values that complete later (Task&lt;T&gt;, boxed ValueTask&lt;T&gt;, IAsyncEnumerable&lt;T&gt;)
/// into a <see cref="Task"/> plus a result reader; the adapters are compiled once per CLR type.
/// </summary>
internal static class AsyncValueAdapters
{
    public static readonly Func<Task, object?> ObjectTaskResult = static task => ((Task<object?>)task).Result;

    private static readonly ConcurrentDictionary<Type, Func<Task, object?>> TaskResultReaders = new();
    private static readonly ConcurrentDictionary<Type, Func<object, Task>?> ValueTaskConverters = new();
    private static readonly ConcurrentDictionary<Type, Func<object, CancellationToken, Task<object?>>?> AsyncEnumerableCollectors = new();

    /// <summary>Reads the result of a completed task of any <c>Task&lt;T&gt;</c> type (null for a plain Task).</summary>
    public static Func<Task, object?> GetResultReader(Task task)
    {
        var type = task.GetType();
        if (type == typeof(Task<object?>))
        {
            return ObjectTaskResult;
        }

        return TaskResultReaders.GetOrAdd(type, static t => CompileResultReader(t));
    }

    /// <summary>A boxed ValueTask&lt;T&gt; (or ValueTask) as a task; false for any other value.</summary>
    public static bool TryGetValueTask(object value, out Task task)
    {
        task = null!;
        if (value is not ValueType)
        {
            return false;
        }

        if (value is ValueTask valueTask)
        {
            task = valueTask.AsTask();
            return true;
        }

        var type = value.GetType();
        if (!type.IsConstructedGenericType)
        {
            return false;
        }

        var converter = ValueTaskConverters.GetOrAdd(type, static t => CompileValueTaskConverter(t));
        if (converter is null)
        {
            return false;
        }

        task = converter(value);
        return true;
    }

    /// <summary>Starts collecting an IAsyncEnumerable&lt;T&gt; into a list; false when the value is not one.</summary>
    public static bool TryCollectAsyncEnumerable(object value, CancellationToken cancellationToken, out Task<object?> task)
    {
        if (value is IAsyncEnumerable<object?> objects)
        {
            task = CollectAsync(objects, cancellationToken);
            return true;
        }

        var collector = AsyncEnumerableCollectors.GetOrAdd(value.GetType(), static t => CompileCollector(t));
        if (collector is null)
        {
            task = null!;
            return false;
        }

        task = collector(value, cancellationToken);
        return true;
    }

    private static async Task<object?> CollectAsync<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var items = new List<object?>();
        await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        return items;
    }

    private static Func<Task, object?> CompileResultReader(Type taskType)
    {
        for (var type = taskType; type is not null && type != typeof(Task); type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
            {
                var parameter = Expression.Parameter(typeof(Task), "task");
                var result = Expression.Property(Expression.Convert(parameter, type), "Result");
                return Expression.Lambda<Func<Task, object?>>(Expression.Convert(result, typeof(object)), parameter).Compile();
            }
        }

        return static _ => null;
    }

    private static Func<object, Task>? CompileValueTaskConverter(Type type)
    {
        if (type.GetGenericTypeDefinition() != typeof(ValueTask<>))
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "value");
        var asTask = Expression.Call(Expression.Convert(parameter, type), type.GetMethod(nameof(ValueTask<int>.AsTask))!);
        return Expression.Lambda<Func<object, Task>>(Expression.Convert(asTask, typeof(Task)), parameter).Compile();
    }

    private static Func<object, CancellationToken, Task<object?>>? CompileCollector(Type type)
    {
        var enumerable = type.GetInterfaces()
            .Concat(type.IsInterface ? [type] : [])
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
        if (enumerable is null)
        {
            return null;
        }

        var itemType = enumerable.GetGenericArguments()[0];
        var method = typeof(AsyncValueAdapters)
            .GetMethod(nameof(CollectAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(itemType);
        var value = Expression.Parameter(typeof(object), "value");
        var token = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
        var call = Expression.Call(method, Expression.Convert(value, enumerable), token);
        return Expression.Lambda<Func<object, CancellationToken, Task<object?>>>(call, value, token).Compile();
    }
}
