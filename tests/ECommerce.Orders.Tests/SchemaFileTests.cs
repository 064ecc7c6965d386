using ECommerce.Testing;
using Gql.AspNetCore;
using Gql.Federation;
using Gql.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Orders.Tests;

[Collection(OrdersAppCollection.Name)]
public sealed class SchemaFileTests(OrdersServerFixture fixture)
{
    private static readonly string SchemaFile = Path.Combine(RepositoryRoot.Find(), "schema", "orders.graphql");

    [Fact]
    public async Task Schema_file_matches_the_code()
    {
        await using var app = OrdersHost.Build(server: null, "orders_schema", "127.0.0.1:1");
        var sdl = FederationSchemaPrinter.PrintSourceSchema(app.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema);

        var committed = File.Exists(SchemaFile) ? (await File.ReadAllTextAsync(SchemaFile)).ReplaceLineEndings("\n") : "";
        if (committed.TrimEnd() != sdl.TrimEnd())
        {
            // For review, like Verify's .received files; the committed file is never overwritten by the test.
            var received = Path.Combine(AppContext.BaseDirectory, "orders.received.graphql");
            await File.WriteAllTextAsync(received, sdl.TrimEnd() + "\n");
            Assert.Fail($"schema/orders.graphql differs from the schema the code builds. If the change is intended: cp {received} {SchemaFile}");
        }
    }

    [Fact]
    public async Task Schema_follows_the_orders_contract()
    {
        var served = await fixture.Host.Http.GetStringAsync(new Uri("/graphql?sdl", UriKind.Relative));
        var schema = fixture.Host.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema;
        var sdl = FederationSchemaPrinter.PrintSourceSchema(schema);

        foreach (var expected in new[]
        {
            "type Order @key(fields: \"id\")", "orderById(id: ID!): Order @lookup", "userById(id: ID!): User @lookup @internal", "cart: Cart",
            "salesSummary(", "checkout(input: CheckoutInput!): CheckoutPayload!", "orderStatusChanged(orderId: ID!): OrderStatusChangedEvent",
            "PENDING", "PAYMENT_FAILED", "REFUNDED", "type Product @key(fields: \"id\")", "type User @key(fields: \"id\")",
        })
        {
            Assert.Contains(expected, sdl, StringComparison.Ordinal);
        }

        Assert.Equal(SchemaPrinter.Print(schema).TrimEnd(), served.ReplaceLineEndings("\n").TrimEnd());
    }
}
