using System.Buffers.Text;
using System.Text.Json;
using ECommerce.Testing;

namespace ECommerce.Users.Tests;

[Collection(UsersAppCollection.Name)]
public sealed class AccountTests(UsersServerFixture fixture)
{
    private SubgraphClient Client => fixture.Host.GraphQL;

    [Fact]
    public async Task Sign_up_then_log_in_then_me_returns_the_user()
    {
        var email = TestAccounts.NewEmail("flow");

        var signUp = (await Client.DataAsync(Operations.SignUp, new { input = new { email = "  " + email.ToUpperInvariant(), password = TestAccounts.Password, name = " Dana Flow ", phone = "+49 170 1234567" } }))
            .GetProperty("signUp");
        var token = await TestAccounts.LogInAsync(Client, email, TestAccounts.Password);
        var me = (await Client.DataAsync(Operations.Me, token: token)).GetProperty("me");

        var user = signUp.GetProperty("user");
        Assert.Equal(JsonValueKind.Null, signUp.GetProperty("errors").ValueKind);
        Assert.False(string.IsNullOrEmpty(signUp.GetProperty("token").GetString()));
        Assert.Equal(email, user.GetProperty("email").GetString());
        Assert.Equal("Dana Flow", user.GetProperty("name").GetString());
        Assert.Equal("CUSTOMER", user.GetProperty("role").GetString());
        Assert.Equal(user.GetProperty("id").GetString(), me.GetProperty("id").GetString());
        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("+49 170 1234567", me.GetProperty("phone").GetString());
        Assert.Equal(0, me.GetProperty("addresses").GetArrayLength());
    }

    [Fact]
    public async Task Token_has_the_user_id_as_subject_and_the_role()
    {
        var (id, token, _) = await TestAccounts.SignUpAsync(Client);

        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]));

        Assert.Equal(id, payload.RootElement.GetProperty("sub").GetString());
        Assert.Equal(["CUSTOMER"], payload.RootElement.GetProperty("role").EnumerateArray().Select(r => r.GetString()));
        Assert.False(payload.RootElement.TryGetProperty("email", out _));
    }

    [Fact]
    public async Task Duplicate_email_is_an_EmailTakenError_whatever_its_case()
    {
        var (_, _, email) = await TestAccounts.SignUpAsync(Client);

        var payload = (await Client.DataAsync(Operations.SignUp, new { input = new { email = email.ToUpperInvariant(), password = "another password", name = "Copy" } }))
            .GetProperty("signUp");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("user").ValueKind);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("token").ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal("EmailTakenError", error.GetProperty("__typename").GetString());
        Assert.Equal(email, error.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Concurrent_sign_ups_with_one_email_create_one_account()
    {
        var email = TestAccounts.NewEmail("race");
        var variables = new { input = new { email, password = TestAccounts.Password, name = "Racer" } };

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Client.DataAsync(Operations.SignUp, variables)));

        var payloads = results.Select(r => r.GetProperty("signUp")).ToList();
        Assert.Single(payloads, p => p.GetProperty("user").ValueKind == JsonValueKind.Object);
        Assert.Equal(3, payloads.Count(p => p.GetProperty("errors").ValueKind == JsonValueKind.Array
            && p.GetProperty("errors")[0].GetProperty("__typename").GetString() == "EmailTakenError"));
    }

    [Fact]
    public async Task Log_in_upgrades_a_hash_with_older_parameters()
    {
        var (id, _, email) = await TestAccounts.SignUpAsync(Client);
        var oldHash = OldIdentityV3Hash(TestAccounts.Password);
        await ExecuteSqlAsync("UPDATE users SET password_hash = @hash WHERE id = @id", ("hash", oldHash), ("id", Guid.Parse(id)));

        await TestAccounts.LogInAsync(Client, email, TestAccounts.Password);

        var stored = (string)(await ExecuteSqlAsync("SELECT password_hash FROM users WHERE id = @id", ("id", Guid.Parse(id))))!;
        Assert.NotEqual(oldHash, stored);
        Assert.Equal(2u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(Convert.FromBase64String(stored).AsSpan(1)));
        await TestAccounts.LogInAsync(Client, email, TestAccounts.Password);
    }

    [Fact]
    public async Task Invalid_sign_up_input_reports_each_field()
    {
        var payload = (await Client.DataAsync(Operations.SignUp, new { input = new { email = "not-an-email", password = "short", name = " ", phone = "call me" } }))
            .GetProperty("signUp");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("user").ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray().ToList();
        Assert.All(errors, e => Assert.Equal("InvalidInputError", e.GetProperty("__typename").GetString()));
        Assert.Equal(["email", "password", "name", "phone"], errors.Select(e => e.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_give_the_same_error()
    {
        var (_, _, email) = await TestAccounts.SignUpAsync(Client);

        var wrongPassword = await Client.DataAsync(Operations.LogIn, new { input = new { email, password = "wrong password" } });
        var unknownEmail = await Client.DataAsync(Operations.LogIn, new { input = new { email = TestAccounts.NewEmail("nobody"), password = "wrong password" } });

        Assert.Equal(wrongPassword.GetRawText(), unknownEmail.GetRawText());
        var error = Assert.Single(wrongPassword.GetProperty("logIn").GetProperty("errors").EnumerateArray());
        Assert.Equal("InvalidCredentialsError", error.GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, wrongPassword.GetProperty("logIn").GetProperty("token").ValueKind);
    }

    [Fact]
    public async Task Repeated_failed_log_ins_lock_the_email_for_a_while()
    {
        var (_, _, email) = await TestAccounts.SignUpAsync(Client);
        for (var i = 0; i < 5; i++)
        {
            await Client.DataAsync(Operations.LogIn, new { input = new { email, password = "guess " + i } });
        }

        var locked = (await Client.DataAsync(Operations.LogIn, new { input = new { email, password = TestAccounts.Password } })).GetProperty("logIn");

        Assert.Equal(JsonValueKind.Null, locked.GetProperty("token").ValueKind);
        var error = Assert.Single(locked.GetProperty("errors").EnumerateArray());
        Assert.Equal("TooManyAttemptsError", error.GetProperty("__typename").GetString());
        Assert.InRange(error.GetProperty("retryAfterSeconds").GetInt32(), 1, 15 * 60);
    }

    [Fact]
    public async Task Me_without_a_token_is_AUTH_NOT_AUTHENTICATED()
    {
        var result = await Client.ExecuteAsync(Operations.Me);

        Assert.Equal("AUTH_NOT_AUTHENTICATED", TestAccounts.SingleErrorCode(result));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task Seeded_admin_can_log_in_with_the_documented_password()
    {
        var token = await TestAccounts.LogInAsync(Client, Infrastructure.UsersSeed.AdminEmail, Infrastructure.UsersSeed.AdminPassword);

        var me = (await Client.DataAsync(Operations.Me, token: token)).GetProperty("me");

        Assert.Equal("ADMIN", me.GetProperty("role").GetString());
        Assert.Equal("admin@shop.local", me.GetProperty("email").GetString());
    }

    /// <summary>An Identity V3 hash as ASP.NET Core 2-6 wrote it: HMAC-SHA256, 10,000 iterations.</summary>
    private static string OldIdentityV3Hash(string password)
    {
        var salt = System.Security.Cryptography.RandomNumberGenerator.GetBytes(16);
        var subkey = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2(password, salt, 10_000, System.Security.Cryptography.HashAlgorithmName.SHA256, 32);
        byte[] header = [0x01, 0, 0, 0, 1, 0, 0, 0x27, 0x10, 0, 0, 0, 16];
        return Convert.ToBase64String([.. header, .. salt, .. subkey]);
    }

    private async Task<object?> ExecuteSqlAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new Npgsql.NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync();
    }
}
