using Gql.Types;

namespace Gql.Execution;

/// <summary>
/// The completion of one level of a field's type (<c>[Product!]!</c> has two: the list and its
/// items), so completing a value is a switch on <see cref="Kind"/> instead of type tests.
/// </summary>
internal sealed class ValueCompletion
{
    private EnumSerializer? _enumSerializer;

    private ValueCompletion(IType type)
    {
        Type = type;
        var nullable = type;
        if (type is NonNullType nonNull)
        {
            NonNull = true;
            nullable = nonNull.OfType;
        }

        NullableType = nullable;
        switch (nullable)
        {
            case ListType list:
                Kind = CompletionKind.List;
                Item = For(list.OfType);
                break;
            case ScalarType scalar:
                Kind = scalar switch
                {
                    StringType or IdType => CompletionKind.StringLeaf,
                    IntType => CompletionKind.IntLeaf,
                    FloatType => CompletionKind.FloatLeaf,
                    BooleanType => CompletionKind.BooleanLeaf,
                    _ => CompletionKind.Scalar,
                };
                Scalar = scalar;
                break;
            case EnumType:
                Kind = CompletionKind.Enum;
                break;
            case ObjectType objectType:
                Kind = CompletionKind.Object;
                ObjectType = objectType;
                break;
            default:
                Kind = CompletionKind.Abstract;
                break;
        }
    }

    /// <summary>The type at this level, non-null wrapper included.</summary>
    public IType Type { get; }

    /// <summary><see cref="Type"/> without its non-null wrapper.</summary>
    public IType NullableType { get; }

    public bool NonNull { get; }

    public CompletionKind Kind { get; }

    public ScalarType? Scalar { get; }

    public ObjectType? ObjectType { get; }

    /// <summary>The completion of the items, for lists.</summary>
    public ValueCompletion? Item { get; }

    /// <summary>The value-to-name map of an enum type, built on first use.</summary>
    public EnumSerializer EnumSerializer => _enumSerializer ??= new EnumSerializer((EnumType)NullableType);

    public static ValueCompletion For(IType type) => new(type);
}
