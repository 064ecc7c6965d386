using ECommerce.Testing;
using ECommerce.Users;
using Gql.Fusion.Metadata;
using Gql.Fusion.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>The gateway in front of the real Users subgraph (its checked-in schema file, its own database).</summary>
public class UsersSubgraphTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string SignUp = """
        mutation SignUp($input: SignUpInput!) {
          signUp(input: $input) {
            token
            user { id name }
            errors { __typename ... on Error { message } ... on EmailTakenError { email } }
          }
        }
        """;

    [Fact]
    public async Task Sign_up_through_the_gateway_then_the_token_reaches_the_subgraph_for_me()
    {
        await using var users = UsersApp.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration["ECOMMERCE_POSTGRES"] = postgres.Server.ConnectionString;
            builder.Configuration["Users:Database"] = "users_gateway_" + Guid.NewGuid().ToString("N")[..8];
        });
        await UsersApp.InitializeAsync(users);
        await users.StartAsync();
        var address = users.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var schema = new FusionSchemaBuilder()
            .AddSourceSchema(new SubgraphEndpoint("users", new Uri(address + "/graphql")), File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "schema", "users.graphql")))
            .Build();
        await using var gateway = await GatewayHost.StartInFrontOfAsync(schema);
        const string variables = """{"input": {"email": "ada@example.com", "password": "correct horse battery", "name": "Ada"}}""";

        var (signUpStatus, signedUp) = await gateway.PostAsync(SignUp, variables);
        var token = (string?)signedUp["data"]!["signUp"]!["token"];
        var (_, again) = await gateway.PostAsync(SignUp, variables);
        var (meStatus, me) = await gateway.PostAsync("{ me { name } }", authorization: "Bearer " + token);
        var (_, anonymous) = await gateway.PostAsync("{ me { name } }");

        Assert.Equal(200, signUpStatus);
        Assert.Null(signedUp["errors"]);
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal("Ada", (string?)signedUp["data"]!["signUp"]!["user"]!["name"]);
        var taken = again["data"]!["signUp"]!["errors"]![0]!;
        Assert.Equal("EmailTakenError", (string?)taken["__typename"]);
        Assert.Equal("ada@example.com", (string?)taken["email"]);
        Assert.Equal(200, meStatus);
        Assert.Equal("Ada", (string?)me["data"]!["me"]!["name"]);
        Assert.Null(anonymous["data"]!["me"]);
        Assert.NotNull(anonymous["errors"]);
        await users.StopAsync();
    }
}
