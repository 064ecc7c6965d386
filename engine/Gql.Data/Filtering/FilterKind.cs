namespace Gql.Data;

/// <summary>What a generated filter input type filters: an object's properties, one value's operations, or a list.</summary>
internal enum FilterKind
{
    Object,
    Operation,
    List,
}
