namespace Gql.Data;

/// <summary>The direction of one sort field (GraphQL enum <c>SortEnumType</c>: <c>ASC</c>, <c>DESC</c>).</summary>
public enum SortEnumType
{
    Asc,
    Desc,
}
