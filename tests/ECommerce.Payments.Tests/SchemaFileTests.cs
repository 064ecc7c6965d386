using ECommerce.Testing;
using Gql.AspNetCore;
using Gql.Federation;
using Microsoft.Extensions.DependencyInjection;

namespace ECommerce.Payments.Tests;

public sealed class SchemaFileTests
{
    private static readonly string SchemaFile = Path.Combine(RepositoryRoot.Find(), "schema", "payments.graphql");

    [Fact]
    public async Task Schema_file_matches_the_code()
    {
        await using var app = PaymentsHost.Build(server: null, "payments_schema");
        var sdl = FederationSchemaPrinter.PrintSourceSchema(app.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema);

        var committed = File.Exists(SchemaFile) ? (await File.ReadAllTextAsync(SchemaFile)).ReplaceLineEndings("\n") : "";
        if (committed.TrimEnd() != sdl.TrimEnd())
        {
            // For review, like Verify's .received files; the committed file is never overwritten by the test.
            var received = Path.Combine(AppContext.BaseDirectory, "payments.received.graphql");
            await File.WriteAllTextAsync(received, sdl.TrimEnd() + "\n");
            Assert.Fail($"schema/payments.graphql differs from the schema the code builds. If the change is intended: cp {received} {SchemaFile}");
        }
    }

    [Fact]
    public async Task Source_schema_has_the_contract_of_the_Payments_subgraph()
    {
        await using var app = PaymentsHost.Build(server: null, "payments_contract");
        var sdl = FederationSchemaPrinter.PrintSourceSchema(app.Services.GetRequiredService<RequestExecutorProvider>().GetExecutor().Schema);

        Assert.Contains("orderById(id: ID!): Order @lookup @internal", sdl, StringComparison.Ordinal);
        Assert.Contains("type Order @key(fields: \"id\")", sdl, StringComparison.Ordinal);
        Assert.Contains("type Payment @key(fields: \"id\")", sdl, StringComparison.Ordinal);
        Assert.Contains("chargePayment(input: ChargePaymentInput!): ChargePaymentPayload! @internal", sdl, StringComparison.Ordinal);
        Assert.Contains("refundPayment(input: RefundPaymentInput!): RefundPaymentPayload! @internal", sdl, StringComparison.Ordinal);
        Assert.Contains("union ChargePaymentError = InvalidInputError | PaymentDeclinedError | PaymentProviderError", sdl, StringComparison.Ordinal);
    }
}
