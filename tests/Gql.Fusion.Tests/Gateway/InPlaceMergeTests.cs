using Gql.Fusion.Execution;
using Gql.Fusion.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gql.Fusion.Tests.Gateway;

/// <summary>
/// The in-place merge (responses written straight from the subgraph answers) against the
/// executor's completion of the merged tree: the same bytes, whether the in-place writer writes
/// the response or the answers are replayed into a merged tree (errors, null propagation).
/// </summary>
public class InPlaceMergeTests(InPlaceMergeFixture fixture) : IClassFixture<InPlaceMergeFixture>
{
    public static TheoryData<string, string, string?> WrittenInPlace => new()
    {
        { "the benchmark operation (four plan steps, @require, shared entities)", Queries.TestQuery, null },
        {
            "aliases, fragments, variables, conditions",
            """
            query Shop($first: Int!) {
              best: topProducts(first: $first) { ...Card reviews @include(if: true) { id } skipped: name @skip(if: true) }
              cheap: topProducts(first: 1) { title: name }
            }
            fragment Card on Product { title: name stock: inStock }
            """,
            """{"first": 3}"""
        },
        { "the same entity at several places", "{ topProducts(first: 3) { reviews { product { upc reviews { product { upc name inStock shippingEstimate } } } } } }", null },
        { "typenames at every level", "{ __typename topProducts(first: 2) { __typename upc reviews { __typename author { __typename name reviews { __typename body } } } } }", null },
        { "a long list", "query Many($n: Int!) { topProducts(first: $n) { name inStock reviews { author { name } } } }", """{"n": 100}""" },
        { "more than 64 fields from two subgraphs", ManyFields(), null },
    };

    // 70 aliases of a products field and 70 of an inventory field on the same objects.
    private static string ManyFields()
        => "{ topProducts(first: 3) { upc "
            + string.Concat(Enumerable.Range(0, 70).Select(i => $"n{i}: name s{i}: inStock "))
            + "} }";

    public static TheoryData<string, string, string?> Replayed => new()
    {
        { "a subgraph field error", "{ topProducts(first: 3) { name warehouse } }", null },
        { "a field error of an entity at several places", "{ topProducts(first: 2) { reviews { product { reviews { product { upc warehouse } } } } } }", null },
        { "introspection next to subgraph fields", "{ topProducts(first: 2) { name } __schema { queryType { name } } }", null },
        {
            "@include with a variable",
            "query Q($with: Boolean!) { topProducts(first: 3) { name reviews @include(if: $with) { body author { name } } } }",
            """{"with": true}"""
        },
    };

    [Theory]
    [MemberData(nameof(WrittenInPlace))]
    public async Task Responses_written_from_the_subgraph_answers_are_the_bytes_the_executor_completes(string what, string query, string? variables)
    {
        var writtenBefore = Statistics(fixture.InPlace).WrittenInPlace;
        var variableBatchesBefore = Statistics(fixture.VariableBatches).WrittenInPlace;

        await AssertEveryGatewayWritesTheCompletedBytesAsync(query, variables);

        Assert.True(Statistics(fixture.InPlace).WrittenInPlace > writtenBefore, what);
        Assert.True(Statistics(fixture.VariableBatches).WrittenInPlace > variableBatchesBefore, what);
    }

    [Theory]
    [MemberData(nameof(Replayed))]
    public async Task Results_with_errors_introspection_or_variable_conditions_are_replayed_into_the_same_bytes(string what, string query, string? variables)
    {
        var replayedBefore = Statistics(fixture.InPlace).Replayed;

        var inPlace = await fixture.InPlace.PostForTextAsync(query, variables);
        var completed = await fixture.Completed.PostForTextAsync(query, variables);

        Assert.Equal(completed, inPlace);
        Assert.True(Statistics(fixture.InPlace).Replayed > replayedBefore, what);
    }

    public static TheoryData<string, string> WithRepeatedObjects => new()
    {
        { "the benchmark operation (the same products and authors under many reviews)", Queries.TestQuery },
        { "the same entity at several places", "{ topProducts(first: 3) { reviews { product { upc reviews { product { upc name inStock shippingEstimate } } } } } }" },
        { "the same author under several reviews, with typenames", "{ topProducts(first: 12) { reviews { __typename author { __typename name reviews { body } } } } }" },
    };

    [Theory]
    [MemberData(nameof(WithRepeatedObjects))]
    public async Task Objects_met_again_with_the_same_sources_are_copied_into_the_bytes_the_executor_completes(string what, string query)
    {
        var copiedBefore = Statistics(fixture.InPlace).CopiedObjects;
        var variableBatchesCopiedBefore = Statistics(fixture.VariableBatches).CopiedObjects;

        await AssertEveryGatewayWritesTheCompletedBytesAsync(query);

        Assert.True(Statistics(fixture.InPlace).CopiedObjects > copiedBefore, what);
        Assert.True(Statistics(fixture.VariableBatches).CopiedObjects > variableBatchesCopiedBefore, what);
    }

    [Fact]
    public async Task Objects_whose_sources_differ_are_each_written()
    {
        var copiedBefore = Statistics(fixture.InPlace).CopiedObjects;
        var writtenBefore = Statistics(fixture.InPlace).WrittenInPlace;
        const string Query = "{ topProducts(first: 5) { upc name price inStock } }";

        var inPlace = await fixture.InPlace.PostForTextAsync(Query);
        var completed = await fixture.Completed.PostForTextAsync(Query);

        Assert.Equal(completed, inPlace);
        Assert.Equal(writtenBefore + 1, Statistics(fixture.InPlace).WrittenInPlace);
        Assert.Equal(copiedBefore, Statistics(fixture.InPlace).CopiedObjects);
    }

    // Both in-place gateways (alias and variable batches) answer with the executor's bytes, without errors.
    private async Task AssertEveryGatewayWritesTheCompletedBytesAsync(string query, string? variables = null)
    {
        var inPlace = await fixture.InPlace.PostForTextAsync(query, variables);
        var variableBatches = await fixture.VariableBatches.PostForTextAsync(query, variables);
        var completed = await fixture.Completed.PostForTextAsync(query, variables);

        Assert.Equal(200, completed.Status);
        Assert.DoesNotContain("\"errors\"", completed.Body, StringComparison.Ordinal);
        Assert.Equal(completed, inPlace);
        Assert.Equal(completed, variableBatches);
    }

    private static FusionRootValueProvider Statistics(GatewayHost gateway) => gateway.Services.GetRequiredService<FusionRootValueProvider>();
}
