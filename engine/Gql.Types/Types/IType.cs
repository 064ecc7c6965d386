namespace Gql.Types;

/// <summary>Any type of the schema: a named type or a list/non-null wrapper around one.</summary>
public interface IType
{
    TypeKind Kind { get; }
}
