namespace Gql.Types.Resolvers;

/// <summary>A response path (spec section 7.1.2): an immutable list of field names and list indices.</summary>
public sealed class ResultPath
{
    public static readonly ResultPath Root = new(null, null, -1);

    private ResultPath(ResultPath? parent, string? name, int index)
    {
        Parent = parent;
        Name = name;
        Index = index;
    }

    public ResultPath? Parent { get; }

    /// <summary>The response name of this segment, or null when it is a list index.</summary>
    public string? Name { get; }

    public int Index { get; }

    public bool IsRoot => Parent is null;

    public ResultPath Append(string name) => new(this, name, -1);

    public ResultPath Append(int index) => new(this, null, index);

    /// <summary>The segments from the root: strings for fields, ints for list items.</summary>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; !p.IsRoot; p = p.Parent!)
        {
            depth++;
        }

        var segments = new object[depth];
        for (var p = this; !p.IsRoot; p = p.Parent!)
        {
            segments[--depth] = p.Name is null ? p.Index : p.Name;
        }

        return segments;
    }

    public override string ToString() => string.Join('.', ToList());
}
