namespace Gql.Fusion.Execution.Direct;

/// <summary>How one level of a field's type is written (the engine's completion kinds).</summary>
internal enum ShapeKind : byte
{
    /// <summary>String or ID: a string is written as is.</summary>
    String,

    /// <summary>Int: an int is written as is.</summary>
    Int,

    /// <summary>Float: a finite double is written as is.</summary>
    Float,

    /// <summary>Boolean: a bool is written as is.</summary>
    Boolean,

    /// <summary>Any other scalar: its Serialize is called.</summary>
    Scalar,

    Enum,

    Object,

    /// <summary>An interface or union: the object type is read from the value's <c>__typename</c>.</summary>
    Abstract,

    List,
}
