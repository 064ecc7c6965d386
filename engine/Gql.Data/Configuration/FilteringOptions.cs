namespace Gql.Data;

/// <summary>Schema-wide filtering limits (<c>AddFiltering(o => ...)</c>).</summary>
public sealed class FilteringOptions
{
    /// <summary>The most values an <c>in</c>/<c>nin</c> list may hold.</summary>
    public int MaxInValues { get; set; } = 1000;
}
