using ECommerce.Testing;
using Gql.AspNetCore;
using Gql.Federation;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Users.Tests;

[Collection(UsersAppCollection.Name)]
public sealed class SchemaFileTests(UsersServerFixture fixture)
{
    private static readonly string SchemaFile = Path.Combine(RepositoryRoot.Find(), "schema", "users.graphql");

    [Fact]
    public async Task Schema_file_matches_the_code()
    {
        await using var app = UsersHost.Build(server: null, "users_schema");
        var sdl = FederationSchemaPrinter.PrintSourceSchema(app.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema);

        var committed = File.Exists(SchemaFile) ? (await File.ReadAllTextAsync(SchemaFile)).ReplaceLineEndings("\n") : "";
        if (committed.TrimEnd() != sdl.TrimEnd())
        {
            // For review, like Verify's .received files; the committed file is never overwritten by the test.
            var received = Path.Combine(AppContext.BaseDirectory, "users.received.graphql");
            await File.WriteAllTextAsync(received, sdl.TrimEnd() + "\n");
            Assert.Fail($"schema/users.graphql differs from the schema the code builds. If the change is intended: cp {received} {SchemaFile}");
        }
    }

    [Fact]
    public async Task Sdl_endpoint_serves_the_running_schema()
    {
        var sdl = await fixture.Host.Http.GetStringAsync(new Uri("/graphql?sdl", UriKind.Relative));

        var schema = fixture.Host.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema;
        Assert.Equal(SchemaPrinter.Print(schema).TrimEnd(), sdl.ReplaceLineEndings("\n").TrimEnd());
        Assert.Contains("type User", sdl, StringComparison.Ordinal);
        Assert.Contains("signUp(input: SignUpInput!): SignUpPayload!", sdl, StringComparison.Ordinal);
    }
}
