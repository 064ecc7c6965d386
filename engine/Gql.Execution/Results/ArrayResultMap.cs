namespace Gql.Execution;

/// <summary>A <see cref="ResultMap"/> with more fields than the inline sizes hold: its values in an array.</summary>
internal sealed class ArrayResultMap(ResponseKeys keys) : ResultMap(keys)
{
    private readonly object?[] _values = keys.Names.Length == 0 ? [] : new object?[keys.Names.Length];
    private NodeState _state;

    internal override Span<object?> Slots => _values;

    private protected override ref NodeState State => ref _state;
}
