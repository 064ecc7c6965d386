namespace Gql.Fusion.Execution;

/// <summary>Shared boxes of the values merged results hold most (booleans, small integers): boxes are immutable.</summary>
internal static class BoxedValues
{
    private const int MaxCached = 1024;
    private static readonly object[] Integers = CreateIntegers();

    public static readonly object True = true;
    public static readonly object False = false;

    public static object Int(int value) => (uint)value < MaxCached ? Integers[value] : value;

    private static object[] CreateIntegers()
    {
        var boxes = new object[MaxCached];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = i;
        }

        return boxes;
    }
}
