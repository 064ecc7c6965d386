using ECommerce.Testing;
using Gql.AspNetCore;
using Gql.Federation;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Inventory.Tests;

[Collection(InventoryAppCollection.Name)]
public sealed class SchemaFileTests(InventoryServerFixture fixture)
{
    private static readonly string SchemaFile = Path.Combine(RepositoryRoot.Find(), "schema", "inventory.graphql");

    [Fact]
    public async Task Schema_file_matches_the_code()
    {
        await using var app = InventoryHost.Build(server: null, "inventory_schema");
        var sdl = FederationSchemaPrinter.PrintSourceSchema(app.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema);

        var committed = File.Exists(SchemaFile) ? (await File.ReadAllTextAsync(SchemaFile)).ReplaceLineEndings("\n") : "";
        if (committed.TrimEnd() != sdl.TrimEnd())
        {
            // For review, like Verify's .received files; the committed file is never overwritten by the test.
            var received = Path.Combine(AppContext.BaseDirectory, "inventory.received.graphql");
            await File.WriteAllTextAsync(received, sdl.TrimEnd() + "\n");
            Assert.Fail($"schema/inventory.graphql differs from the schema the code builds. If the change is intended: cp {received} {SchemaFile}");
        }
    }

    [Fact]
    public async Task Schema_has_the_inventory_contract_the_other_services_build_against()
    {
        var sdl = await File.ReadAllTextAsync(SchemaFile);

        Assert.Contains("productById(id: ID!): Product @lookup @internal", sdl, StringComparison.Ordinal);
        Assert.Contains("reserveStock(input: ReserveStockInput!): ReserveStockPayload! @internal", sdl, StringComparison.Ordinal);
        Assert.Contains("commitReservation(input: CommitReservationInput!): CommitReservationPayload! @internal", sdl, StringComparison.Ordinal);
        Assert.Contains("releaseReservation(input: ReleaseReservationInput!): ReleaseReservationPayload! @internal", sdl, StringComparison.Ordinal);
        Assert.Contains("union ReserveStockError = InvalidInputError | InsufficientStockError", sdl, StringComparison.Ordinal);
        Assert.Contains("type Product @key(fields: \"id\") {\n  id: ID!\n", sdl.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\n  inventory: InventoryLevel\n", sdl.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sdl_endpoint_serves_the_running_schema()
    {
        var sdl = await fixture.Host.Http.GetStringAsync(new Uri("/graphql?sdl", UriKind.Relative));

        var schema = fixture.Host.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema;
        Assert.Equal(SchemaPrinter.Print(schema).TrimEnd(), sdl.ReplaceLineEndings("\n").TrimEnd());
        Assert.Contains("type InventoryLevel", sdl, StringComparison.Ordinal);
    }
}
