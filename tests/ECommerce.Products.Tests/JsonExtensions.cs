using System.Text.Json;

namespace ECommerce.Products.Tests;

internal static class JsonExtensions
{
    public static IReadOnlyList<string> Strings(this JsonElement array, string property)
        => array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToList();

    public static IReadOnlyList<decimal> Prices(this JsonElement nodes)
        => nodes.EnumerateArray().Select(e => e.GetProperty("price").GetDecimal()).ToList();

    /// <summary>The <c>extensions.code</c> of the response's only error.</summary>
    public static string SingleErrorCode(this JsonElement result)
    {
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        return error.GetProperty("extensions").GetProperty("code").GetString()!;
    }
}
