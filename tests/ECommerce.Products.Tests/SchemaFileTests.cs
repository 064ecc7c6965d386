using ECommerce.Testing;
using Gql.AspNetCore;
using Gql.Federation;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Products.Tests;

[Collection(ProductsAppCollection.Name)]
public sealed class SchemaFileTests(ProductsServerFixture fixture)
{
    private static readonly string SchemaFile = Path.Combine(RepositoryRoot.Find(), "schema", "products.graphql");

    [Fact]
    public async Task Schema_file_matches_the_code()
    {
        await using var app = ProductsHost.Build(server: null, "products_schema");
        var sdl = FederationSchemaPrinter.PrintSourceSchema(app.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema);

        var committed = File.Exists(SchemaFile) ? (await File.ReadAllTextAsync(SchemaFile)).ReplaceLineEndings("\n") : "";
        if (committed.TrimEnd() != sdl.TrimEnd())
        {
            // For review, like Verify's .received files; the committed file is never overwritten by the test.
            var received = Path.Combine(AppContext.BaseDirectory, "products.received.graphql");
            await File.WriteAllTextAsync(received, sdl.TrimEnd() + "\n");
            Assert.Fail($"schema/products.graphql differs from the schema the code builds. If the change is intended: cp {received} {SchemaFile}");
        }
    }

    [Fact]
    public async Task Schema_has_the_fields_the_other_subgraphs_build_against()
    {
        var sdl = await fixture.Host.Http.GetStringAsync(new Uri("/graphql?sdl", UriKind.Relative));

        var schema = fixture.Host.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema;
        Assert.Equal(SchemaPrinter.Print(schema).TrimEnd(), sdl.ReplaceLineEndings("\n").TrimEnd());
        var product = schema.GetType<ObjectType>("Product")!;
        Assert.Equal(
            ["id: ID!", "sku: String!", "name: String!", "description: String!", "price: Decimal!", "currency: String!", "category: Category!", "imageUrl: String", "createdAt: DateTime!"],
            product.Fields.Select(f => $"{f.Name}: {f.Type.Print()}"));
        var query = schema.QueryType;
        Assert.Equal("Product", query.Fields["productById"]!.Type.Print());
        Assert.Equal("[Product]!", query.Fields["productsByIds"]!.Type.Print());
        Assert.Equal("[ID!]!", query.Fields["productsByIds"]!.Arguments["ids"]!.Type.Print());
        Assert.Equal("[Category!]!", query.Fields["categories"]!.Type.Print());
        Assert.Equal(
            ["search", "first", "after", "last", "before", "where", "order"],
            query.Fields["products"]!.Arguments.Select(a => a.Name));
        Assert.Equal("ProductsConnection", schema.GetType<ObjectType>("Category")!.Fields["products"]!.Type.Print());
    }
}
