namespace Gql.Data;

/// <summary>The <c>extensions.code</c> values of paging, filtering and sorting argument errors.</summary>
public static class DataErrorCodes
{
    /// <summary><c>first</c>, <c>last</c>, <c>skip</c> or <c>take</c> is negative.</summary>
    public const string PagingNegativeValue = "PAGING_NEGATIVE_VALUE";

    /// <summary><c>first</c>, <c>last</c> or <c>take</c> is above the field's <c>MaxPageSize</c>.</summary>
    public const string PagingMaxPageSizeExceeded = "PAGING_MAX_PAGE_SIZE_EXCEEDED";

    /// <summary>Both <c>first</c> and <c>last</c> were given.</summary>
    public const string PagingFirstAndLast = "PAGING_FIRST_AND_LAST";

    /// <summary>Neither <c>first</c> nor <c>last</c> was given and the field requires one (<c>RequirePagingBoundaries</c>).</summary>
    public const string PagingBoundariesRequired = "PAGING_BOUNDARIES_REQUIRED";

    /// <summary><c>after</c> or <c>before</c> is not a cursor this field produced for the current order.</summary>
    public const string PagingInvalidCursor = "PAGING_INVALID_CURSOR";

    /// <summary>An <c>in</c>/<c>nin</c> list is longer than <see cref="FilteringOptions.MaxInValues"/>.</summary>
    public const string FilterTooManyValues = "FILTER_TOO_MANY_VALUES";

    /// <summary>A filter operation got a value it cannot use (for example <c>null</c> for <c>contains</c>).</summary>
    public const string FilterInvalidValue = "FILTER_INVALID_VALUE";
}
