using System.Runtime.CompilerServices;

namespace Gql.Execution;

// The inline storage sizes of InlineResultMap (ResultMap.Create picks the smallest that fits).

[InlineArray(1)]
internal struct InlineValues1
{
    private object? _element;
}

[InlineArray(2)]
internal struct InlineValues2
{
    private object? _element;
}

[InlineArray(3)]
internal struct InlineValues3
{
    private object? _element;
}

[InlineArray(4)]
internal struct InlineValues4
{
    private object? _element;
}

[InlineArray(5)]
internal struct InlineValues5
{
    private object? _element;
}

[InlineArray(6)]
internal struct InlineValues6
{
    private object? _element;
}

[InlineArray(7)]
internal struct InlineValues7
{
    private object? _element;
}

[InlineArray(8)]
internal struct InlineValues8
{
    private object? _element;
}

[InlineArray(10)]
internal struct InlineValues10
{
    private object? _element;
}

[InlineArray(12)]
internal struct InlineValues12
{
    private object? _element;
}

[InlineArray(16)]
internal struct InlineValues16
{
    private object? _element;
}
