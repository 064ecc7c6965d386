using System.Text.Encodings.Web;
using System.Text.Json;
using Gql.Fusion.Planning;

namespace Gql.Fusion.Tests.Shop;

/// <summary>A plan printed as the gateway returns it in <c>extensions.queryPlan</c> (<see cref="QueryPlan.ToValue"/>), indented for review.</summary>
internal static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Print(QueryPlan plan) => JsonSerializer.Serialize(plan.ToValue(), Options) + "\n";
}
