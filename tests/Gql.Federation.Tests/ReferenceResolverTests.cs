using System.Text.Json;
using Gql.Execution;
using Gql.Federation.Tests.Library;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Federation.Tests;

/// <summary><c>_entities</c> through a <c>[ReferenceResolver]</c> method (Apollo's <c>__resolveReference</c>).</summary>
public sealed class ReferenceResolverTests
{
    private static readonly Schema LibrarySchema = SchemaBuilder.New().AddQueryType<LibraryQuery>().AddApolloFederation().Build();

    [Fact]
    public void The_reference_resolver_is_not_a_field()
    {
        Assert.Equal(["isbn", "title"], LibrarySchema.GetType<ObjectType>("Book")!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void A_key_with_a_reference_resolver_is_resolvable_in_the_apollo_sdl()
    {
        var sdl = FederationSchemaPrinter.PrintApolloSubgraph(LibrarySchema);

        Assert.Contains("type Book @key(fields: \"isbn\") {", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Representations_go_to_the_reference_resolver()
    {
        var json = await ExecuteAsync("""{ _entities(representations: [{__typename: "Book", isbn: "978-0553293357"}, {__typename: "Book", isbn: "0"}]) { ... on Book { title } } }""");

        Assert.Equal("""{"data":{"_entities":[{"title":"Foundation"},null]}}""", json);
    }

    [Fact]
    public async Task A_representation_without_the_key_is_invalid()
    {
        var json = await ExecuteAsync("""{ _entities(representations: [{__typename: "Book", title: "Dune"}]) { ... on Book { title } } }""");

        using var document = JsonDocument.Parse(json);
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(FederationErrorCodes.InvalidRepresentation, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("\"isbn\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string> ExecuteAsync(string query)
    {
        await using var services = new ServiceCollection().AddSingleton<BookShelf>().BuildServiceProvider();
        var result = await new RequestExecutor(LibrarySchema).ExecuteAsync(new GraphQLRequest(query) { Services = services });
        return Assert.IsType<ExecutionResult>(result).ToJson();
    }
}
