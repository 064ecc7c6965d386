using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Gql.Execution;
using Microsoft.AspNetCore.Http;

namespace Gql.AspNetCore.Tests.Authorization;

public sealed class AuthorizationTests(AuthorizationServerFixture server) : IClassFixture<AuthorizationServerFixture>
{
    private const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    private const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    [Fact]
    public async Task Anonymous_user_gets_null_and_a_located_not_authenticated_error_while_siblings_resolve()
    {
        var response = await PostAsync("{ public secret }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var data = response.Json.GetProperty("data");
        Assert.Equal("public", data.GetProperty("public").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("secret").ValueKind);
        var error = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal(NotAuthenticated, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["secret"]""", error.GetProperty("path").GetRawText());
        Assert.Equal("""[{"line":1,"column":10}]""", error.GetProperty("locations").GetRawText());
    }

    [Fact]
    public async Task Authenticated_user_reads_a_field_that_only_needs_authentication()
    {
        var response = await PostAsync("{ secret }", user: "alice");

        Assert.Equal("""{"data":{"secret":"secret"}}""", response.Body);
    }

    [Fact]
    public async Task Refused_non_null_field_nulls_its_parent_and_keeps_the_code()
    {
        var response = await PostAsync("{ public requiredSecret }");

        Assert.Equal(JsonValueKind.Null, response.Json.GetProperty("data").ValueKind);
        Assert.Equal(NotAuthenticated, response.FirstErrorCode);
        Assert.Equal("""["requiredSecret"]""", response.Json.GetProperty("errors")[0].GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task User_without_any_of_the_roles_is_not_authorized()
    {
        var response = await PostAsync("{ backoffice }", user: "bob", roles: "customer");

        Assert.Equal(JsonValueKind.Null, response.Json.GetProperty("data").GetProperty("backoffice").ValueKind);
        Assert.Equal(NotAuthorized, response.FirstErrorCode);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("customer,staff")]
    public async Task User_in_one_of_the_roles_reads_the_field(string roles)
    {
        var response = await PostAsync("{ backoffice }", user: "carol", roles: roles);

        Assert.Equal("""{"data":{"backoffice":"backoffice"}}""", response.Body);
    }

    [Fact]
    public async Task Roles_may_be_given_as_a_comma_list()
    {
        var allowed = await PostAsync("{ audit }", user: "dave", roles: "admin");
        var refused = await PostAsync("{ audit }", user: "erin", roles: "staff");

        Assert.Equal("""{"data":{"audit":"audit"}}""", allowed.Body);
        Assert.Equal(NotAuthorized, refused.FirstErrorCode);
    }

    [Fact]
    public async Task Anonymous_user_on_a_role_field_is_not_authenticated()
    {
        var response = await PostAsync("{ backoffice }");

        Assert.Equal(NotAuthenticated, response.FirstErrorCode);
    }

    [Fact]
    public async Task Policy_that_passes_returns_the_field()
    {
        var response = await PostAsync("{ adult }", user: "frank", age: 30);

        Assert.Equal("""{"data":{"adult":"adult"}}""", response.Body);
    }

    [Fact]
    public async Task Policy_that_fails_is_not_authorized_for_a_user_and_not_authenticated_for_anonymous()
    {
        var minor = await PostAsync("{ adult }", user: "gina", age: 12);
        var anonymous = await PostAsync("{ adult }");

        Assert.Equal(JsonValueKind.Null, minor.Json.GetProperty("data").GetProperty("adult").ValueKind);
        Assert.Equal(NotAuthorized, minor.FirstErrorCode);
        Assert.Equal(NotAuthenticated, anonymous.FirstErrorCode);
    }

    [Fact]
    public async Task Policy_gets_the_resolver_context_as_resource()
    {
        var own = await PostAsync("""{ profile(userName: "hank") }""", user: "hank");
        var other = await PostAsync("""{ profile(userName: "ivy") }""", user: "hank");

        Assert.Equal("""{"data":{"profile":"profile of hank"}}""", own.Body);
        Assert.Equal(NotAuthorized, other.FirstErrorCode);
    }

    [Fact]
    public async Task Unknown_policy_is_reported_as_policy_not_found()
    {
        var response = await PostAsync("{ misconfigured }", user: "jack", roles: "admin");

        Assert.Equal("AUTH_POLICY_NOT_FOUND", response.FirstErrorCode);
        Assert.Contains("NotRegistered", response.Json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Class_level_authorize_guards_every_field_of_the_class_except_allow_anonymous_members()
    {
        var response = await PostAsync("{ staff { payroll openingHours address } }", user: "kim", roles: "customer");

        var staff = response.Json.GetProperty("data").GetProperty("staff");
        Assert.Equal(JsonValueKind.Null, staff.GetProperty("payroll").ValueKind);
        Assert.Equal("9-17", staff.GetProperty("openingHours").GetString());
        Assert.Equal("Main Street 1", staff.GetProperty("address").GetString());
        var error = Assert.Single(response.Json.GetProperty("errors").EnumerateArray());
        Assert.Equal(NotAuthorized, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["staff","payroll"]""", error.GetProperty("path").GetRawText());
    }

    [Fact]
    public async Task Allow_anonymous_members_of_a_guarded_class_serve_anonymous_users()
    {
        var response = await PostAsync("{ staff { openingHours address } }");

        Assert.Equal("""{"data":{"staff":{"openingHours":"9-17","address":"Main Street 1"}}}""", response.Body);
    }

    [Fact]
    public async Task Class_and_member_requirements_must_both_pass()
    {
        var staffOnly = await PostAsync("{ staff { payroll salaries } }", user: "lee", roles: "staff");
        var adminOnly = await PostAsync("{ staff { salaries } }", user: "max", roles: "admin");
        var both = await PostAsync("{ staff { payroll salaries } }", user: "ned", roles: "staff,admin");

        Assert.Equal("payroll", staffOnly.Json.GetProperty("data").GetProperty("staff").GetProperty("payroll").GetString());
        Assert.Equal(JsonValueKind.Null, staffOnly.Json.GetProperty("data").GetProperty("staff").GetProperty("salaries").ValueKind);
        Assert.Equal(NotAuthorized, staffOnly.FirstErrorCode);
        Assert.Equal(NotAuthorized, adminOnly.FirstErrorCode);
        Assert.Equal("""{"data":{"staff":{"payroll":"payroll","salaries":"salaries"}}}""", both.Body);
    }

    [Fact]
    public async Task Member_authorize_works_on_type_extension_classes()
    {
        var refused = await PostAsync("{ reports }", user: "olga", roles: "staff");
        var allowed = await PostAsync("{ reports }", user: "pete", roles: "admin");

        Assert.Equal(NotAuthorized, refused.FirstErrorCode);
        Assert.Equal("""{"data":{"reports":"reports"}}""", allowed.Body);
    }

    [Fact]
    public async Task Class_level_authorize_on_a_type_extension_guards_only_that_class_s_fields()
    {
        var anonymous = await PostAsync("{ auditTrail auditPolicy hello: reports }");
        var refused = await PostAsync("{ auditTrail }", user: "rita", roles: "staff");
        var allowed = await PostAsync("{ auditTrail auditPolicy }", user: "stan", roles: "auditor");

        Assert.Equal(JsonValueKind.Null, anonymous.Json.GetProperty("data").GetProperty("auditTrail").ValueKind);
        Assert.Equal("public policy", anonymous.Json.GetProperty("data").GetProperty("auditPolicy").GetString());
        Assert.Equal(NotAuthenticated, anonymous.FirstErrorCode);
        Assert.Equal(NotAuthorized, refused.FirstErrorCode);
        Assert.Equal("""{"data":{"auditTrail":"trail","auditPolicy":"public policy"}}""", allowed.Body);
    }

    [Fact]
    public async Task Refused_mutation_changes_nothing()
    {
        var before = server.PriceBook.Price;

        var response = await PostAsync("mutation { setPrice(price: 1) }", user: "quinn", roles: "staff");

        Assert.Equal(NotAuthorized, response.FirstErrorCode);
        Assert.Equal(JsonValueKind.Null, response.Json.GetProperty("data").GetProperty("setPrice").ValueKind);
        Assert.Equal(before, server.PriceBook.Price);
    }

    [Fact]
    public async Task Authorized_mutation_runs_and_class_level_authorize_covers_the_mutation_root()
    {
        var anonymous = await PostAsync("mutation { currentPrice }");
        var admin = await PostAsync("mutation { setPrice(price: 250) currentPrice }", user: "rita", roles: "admin");

        Assert.Equal(NotAuthenticated, anonymous.FirstErrorCode);
        Assert.Equal("""{"data":{"setPrice":250,"currentPrice":250}}""", admin.Body);
        Assert.Equal(250, server.PriceBook.Price);
    }

    [Fact]
    public async Task Subscription_is_refused_when_it_subscribes()
    {
        var executor = server.Executors.GetExecutor();
        var request = new GraphQLRequest("subscription { alerts }")
        {
            Services = server.Services,
            ContextData = new Dictionary<string, object?> { [ContextDataKeys.ClaimsPrincipal] = User("sam", "staff") },
        };

        var result = Assert.IsType<ExecutionResult>(await executor.ExecuteAsync(request));

        Assert.Equal(NotAuthorized, result.Errors[0].Code);
    }

    [Fact]
    public async Task Subscription_of_an_authorized_user_streams_events()
    {
        var executor = server.Executors.GetExecutor();
        var request = new GraphQLRequest("subscription { alerts }")
        {
            Services = server.Services,
            ContextData = new Dictionary<string, object?> { [ContextDataKeys.ClaimsPrincipal] = User("tess", "admin") },
        };

        await using var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(request));
        var events = new List<string>();
        await foreach (var item in stream)
        {
            events.Add(item.ToJson());
        }

        Assert.Equal(["""{"data":{"alerts":"alert"}}"""], events);
    }

    [Fact]
    public async Task User_is_found_through_the_http_context_when_no_principal_entry_exists()
    {
        var executor = server.Executors.GetExecutor();
        var httpContext = new DefaultHttpContext { User = User("uma", "admin") };
        var request = new GraphQLRequest("{ backoffice }")
        {
            Services = server.Services,
            ContextData = new Dictionary<string, object?> { [ContextDataKeys.HttpContext] = httpContext },
        };

        var result = Assert.IsType<ExecutionResult>(await executor.ExecuteAsync(request));

        Assert.Equal("""{"data":{"backoffice":"backoffice"}}""", result.ToJson());
    }

    private static ClaimsPrincipal User(string name, string role)
        => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));

    private async Task<GraphQLResponse> PostAsync(string query, string? user = null, string? roles = null, int? age = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (user is not null)
        {
            request.Headers.Add("X-Test-User", user);
        }

        if (roles is not null)
        {
            request.Headers.Add("X-Test-Roles", roles);
        }

        if (age is not null)
        {
            request.Headers.Add("X-Test-Age", age.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return await server.Client.SendWithAcceptAsync(request, null);
    }
}
