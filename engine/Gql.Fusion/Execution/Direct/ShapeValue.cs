using Gql.Types;

namespace Gql.Fusion.Execution.Direct;

/// <summary>One level of a field's type (<c>[Product!]!</c> has two: the list and its items) and what is selected below it.</summary>
internal sealed class ShapeValue
{
    public required ShapeKind Kind { get; init; }

    public required bool NonNull { get; init; }

    /// <summary>This level's number in its <see cref="ResponseShape"/> (0 to <see cref="ResponseShape.ValueCount"/> - 1).</summary>
    public required int Index { get; init; }

    /// <summary>For <see cref="ShapeKind.List"/>: the items.</summary>
    public ShapeValue? Item { get; init; }

    /// <summary>For the leaf kinds: the scalar whose Serialize handles values of another CLR type.</summary>
    public ScalarType? Scalar { get; init; }

    /// <summary>For <see cref="ShapeKind.Enum"/>: runtime string values and value names to the names written.</summary>
    public IReadOnlyDictionary<string, string>? EnumNames { get; init; }

    /// <summary>For <see cref="ShapeKind.Object"/>: the fields selected on it.</summary>
    public ShapeSelectionSet? Selection { get; init; }

    /// <summary>For <see cref="ShapeKind.Abstract"/>: the fields selected per possible object type name.</summary>
    public IReadOnlyDictionary<string, ShapeSelectionSet>? SelectionByTypeName { get; init; }
}
