using System.Text.Json;
using ECommerce.Testing;

namespace ECommerce.Users.Tests;

/// <summary>Signs up fresh accounts with unique emails, so tests sharing one app do not collide.</summary>
internal static class TestAccounts
{
    public const string Password = "correct horse battery";

    public static string NewEmail(string prefix = "user") => $"{prefix}.{Guid.NewGuid():N}@example.com";

    public static async Task<(string Id, string Token, string Email)> SignUpAsync(SubgraphClient client, string? email = null, string name = "Test User", string? phone = null)
    {
        email ??= NewEmail();
        var data = await client.DataAsync(Operations.SignUp, new { input = new { email, password = Password, name, phone } });
        var payload = data.GetProperty("signUp");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return (payload.GetProperty("user").GetProperty("id").GetString()!, payload.GetProperty("token").GetString()!, email);
    }

    public static async Task<string> LogInAsync(SubgraphClient client, string email, string password)
    {
        var data = await client.DataAsync(Operations.LogIn, new { input = new { email, password } });
        var payload = data.GetProperty("logIn");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("token").GetString()!;
    }

    /// <summary>The <c>extensions.code</c> of the response's only error.</summary>
    public static string SingleErrorCode(JsonElement result)
    {
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        return error.GetProperty("extensions").GetProperty("code").GetString()!;
    }
}
