namespace Gql.Execution;

/// <summary>How a value of a field's type completes (spec section 6.4.3), decided once at compile time.</summary>
internal enum CompletionKind : byte
{
    /// <summary>String or ID: a string is already serialized.</summary>
    StringLeaf,

    /// <summary>Int: an int is already serialized.</summary>
    IntLeaf,

    /// <summary>Float: a finite double is already serialized.</summary>
    FloatLeaf,

    /// <summary>Boolean: a bool is already serialized.</summary>
    BooleanLeaf,

    /// <summary>Any other scalar: its Serialize is called.</summary>
    Scalar,

    Enum,

    Object,

    /// <summary>An interface or union: the object type is resolved per value.</summary>
    Abstract,

    List,
}
