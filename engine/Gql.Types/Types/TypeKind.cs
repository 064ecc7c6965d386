namespace Gql.Types;

/// <summary>The <c>__TypeKind</c> of a type (spec section 4.2.2).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
