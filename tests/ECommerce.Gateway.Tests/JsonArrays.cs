using System.Text.Json;

namespace ECommerce.Gateway.Tests;

internal static class JsonArrays
{
    /// <summary>One string property of every element of a JSON array.</summary>
    public static IReadOnlyList<string> Strings(this JsonElement array, string property)
        => array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToList();
}
