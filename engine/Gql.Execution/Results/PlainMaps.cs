using System.Runtime.CompilerServices;

namespace Gql.Execution;

/// <summary>
/// Maps of <see cref="DictionaryExecution"/> created with all their values at once, one method per
/// size: what the code <see cref="DictionaryPlanCompiler"/> generates calls (it knows each selection
/// set's size, so it needs neither the size switch of <see cref="ResultMap.CreatePlain"/> nor a span).
/// </summary>
internal static class PlainMaps
{
    /// <summary>The largest selection set a generated plan builds with these methods.</summary>
    public const int MaxFields = 8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ResultMap Create(ResponseKeys keys, object? v0)
        => With(new InlineResultMap<InlineValues1>(keys), 0, v0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ResultMap Create(ResponseKeys keys, object? v0, object? v1)
        => With(With(new InlineResultMap<InlineValues2>(keys), 0, v0), 1, v1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ResultMap Create(ResponseKeys keys, object? v0, object? v1, object? v2)
        => With(With(With(new InlineResultMap<InlineValues3>(keys), 0, v0), 1, v1), 2, v2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ResultMap Create(ResponseKeys keys, object? v0, object? v1, object? v2, object? v3)
        => With(With(With(With(new InlineResultMap<InlineValues4>(keys), 0, v0), 1, v1), 2, v2), 3, v3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ResultMap Create(ResponseKeys keys, object? v0, object? v1, object? v2, object? v3, object? v4)
        => With(With(With(With(With(new InlineResultMap<InlineValues5>(keys), 0, v0), 1, v1), 2, v2), 3, v3), 4, v4);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ResultMap Create(ResponseKeys keys, object? v0, object? v1, object? v2, object? v3, object? v4, object? v5)
        => With(With(With(With(With(With(new InlineResultMap<InlineValues6>(keys), 0, v0), 1, v1), 2, v2), 3, v3), 4, v4), 5, v5);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ResultMap Create(ResponseKeys keys, object? v0, object? v1, object? v2, object? v3, object? v4, object? v5, object? v6)
        => With(With(With(With(With(With(With(new InlineResultMap<InlineValues7>(keys), 0, v0), 1, v1), 2, v2), 3, v3), 4, v4), 5, v5), 6, v6);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ResultMap Create(ResponseKeys keys, object? v0, object? v1, object? v2, object? v3, object? v4, object? v5, object? v6, object? v7)
        => With(With(With(With(With(With(With(With(new InlineResultMap<InlineValues8>(keys), 0, v0), 1, v1), 2, v2), 3, v3), 4, v4), 5, v5), 6, v6), 7, v7);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static InlineResultMap<TValues> With<TValues>(InlineResultMap<TValues> map, int index, object? value)
        where TValues : struct
    {
        Unsafe.Add(ref map.FirstValue, index) = value;
        return map;
    }
}
