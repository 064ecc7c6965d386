using System.Text.Json;

namespace ECommerce.Payments.Providers.Stripe;

/// <summary>Reads fields of Stripe's JSON objects (absent and null alike give null).</summary>
internal static class StripeJson
{
    public static string? String(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static long Long(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    public static JsonElement Object(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : default;

    /// <summary>An expandable field: the id string, or the <c>id</c> of the expanded object.</summary>
    public static string? Id(JsonElement element, string name)
        => String(element, name) ?? String(Object(element, name), "id");
}
