using System.Buffers.Text;
using System.Security.Claims;
using System.Text;
using ECommerce.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;

namespace ECommerce.ServiceDefaults.Tests;

public sealed class JwtTokenServiceTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Issued_token_validates_with_subject_roles_and_email()
    {
        var service = Create();

        var result = service.Validate(service.CreateToken("42", [Roles.Customer, Roles.Admin], "ada@example.com"));

        Assert.True(result.Succeeded, result.Failure);
        Assert.NotNull(result.Principal);
        Assert.Equal("42", result.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Equal("ada@example.com", result.Principal.FindFirstValue(ClaimTypes.Email));
        Assert.True(result.Principal.IsInRole(Roles.Customer));
        Assert.True(result.Principal.IsInRole(Roles.Admin));
        Assert.True(result.Principal.Identity!.IsAuthenticated);
    }

    [Fact]
    public void Changed_payload_fails_the_signature_check()
    {
        var service = Create();
        var parts = service.CreateToken("42", [Roles.Customer]).Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace("CUSTOMER", "ADMIN", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        var result = service.Validate(forged);

        Assert.False(result.Succeeded);
        Assert.Equal("The token signature is invalid.", result.Failure);
    }

    [Fact]
    public void Token_with_alg_none_is_refused_even_without_a_signature()
    {
        var service = Create();
        var payload = service.CreateToken("42", [Roles.Admin]).Split('.')[1];
        var header = Base64Url.EncodeToString("""{"alg":"none","typ":"JWT"}"""u8);

        var result = service.Validate($"{header}.{payload}.");

        Assert.False(result.Succeeded);
        Assert.Contains("HS256", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Token_signed_with_another_key_is_refused()
    {
        var other = Create(new JwtOptions { SigningKey = new string('k', 40) });

        var result = Create().Validate(other.CreateToken("42", [Roles.Admin]));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Token_expires_after_its_lifetime_plus_the_clock_skew()
    {
        var service = Create(new JwtOptions { Lifetime = TimeSpan.FromMinutes(10), ClockSkew = TimeSpan.FromMinutes(1) });
        var token = service.CreateToken("42", [Roles.Customer]);

        _clock.Now += TimeSpan.FromMinutes(10.5);
        var stillValid = service.Validate(token);
        _clock.Now += TimeSpan.FromMinutes(1);
        var expired = service.Validate(token);

        Assert.True(stillValid.Succeeded);
        Assert.Equal("The token has expired.", expired.Failure);
    }

    [Fact]
    public void Token_for_another_audience_is_refused()
    {
        var foreign = Create(new JwtOptions { Audience = "someone-else" });

        var result = Create().Validate(foreign.CreateToken("42", [Roles.Customer]));

        Assert.Equal("The token was issued by or for someone else.", result.Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.!!!.abc")]
    public void Malformed_tokens_are_refused_with_a_reason(string token)
    {
        var result = Create().Validate(token);

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrEmpty(result.Failure));
    }

    [Fact]
    public void Service_token_carries_the_service_role()
    {
        var service = Create();

        var result = service.Validate(service.CreateServiceToken("orders"));

        Assert.True(result.Principal!.IsInRole(Roles.Service));
        Assert.Equal("service:orders", result.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
    }

    [Fact]
    public void Signing_key_shorter_than_32_bytes_is_refused_at_construction()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create(new JwtOptions { SigningKey = "short" }));

        Assert.Contains("32 bytes", error.Message, StringComparison.Ordinal);
    }

    private JwtTokenService Create(JwtOptions? options = null) => new(Options.Create(options ?? new JwtOptions()), _clock);
}
