using Gql.Execution;
using Gql.Language;
using Gql.Types;
using Gql.Validation;

namespace Gql.CostAnalysis.Tests;

public sealed class CostAnalyzerTests
{
    private static readonly Schema Schema = CostSchema.Build();

    private static OperationCost Analyze(string query, string? variablesJson = null, CostOptions? options = null)
    {
        var document = Parser.Parse(query);
        Assert.Empty(DocumentValidator.Validate(Schema, document));
        var variables = variablesJson is null ? null : (IReadOnlyDictionary<string, object?>?)JsonVariables.Parse(variablesJson);
        return CostAnalyzer.Analyze(Schema, document, null, variables, options);
    }

    [Fact]
    public void Children_of_a_sliced_list_are_multiplied_by_the_slicing_argument()
    {
        var cost = Analyze("{ books(first: 10) { title author { name } } }");

        Assert.Equal(11, cost.FieldCost);
        Assert.Equal(31, cost.TypeCost); // Query 1 + 10 x (Book 1 + Author 2)
        Assert.Empty(cost.Errors);
    }

    [Fact]
    public void Nested_sliced_lists_multiply()
    {
        var cost = Analyze("{ books(first: 10) { reviews(first: 5) { stars } } }");

        Assert.Equal(11, cost.FieldCost);
        Assert.Equal(61, cost.TypeCost);
    }

    [Fact]
    public void Assumed_size_is_used_without_slicing_arguments()
    {
        var cost = Analyze("{ allBooks { author { name books { title } } } }");

        // allBooks 1 + 100 x (author 1 + books 1); author's books: assumed 3.
        Assert.Equal(201, cost.FieldCost);
        Assert.Equal(1 + (100 * (1 + 2 + 3)), cost.TypeCost);
    }

    [Fact]
    public void Sized_fields_of_a_connection_take_the_list_size_and_the_connection_counts_once()
    {
        var cost = Analyze("{ products(first: 10) { edges { node { name } } nodes { name } pageInfo { hasNextPage } totalCount } }");

        // products 1 + (edges 1 + 10 x node 1) + (nodes 1) + pageInfo 1
        Assert.Equal(1 + 11 + 1 + 1, cost.FieldCost);
        // Query 1 + connection 1 + 10 x (edge 1 + product 1) + 10 products + pageInfo 1
        Assert.Equal(1 + 1 + 20 + 10 + 1, cost.TypeCost);
    }

    [Fact]
    public void Variable_values_of_the_request_size_the_list()
    {
        const string query = "query($n: Int) { books(first: $n) { author { name } } }";

        var twenty = Analyze(query, """{"n": 20}""");
        var two = Analyze(query, """{"n": 2}""");

        Assert.Equal(21, twenty.FieldCost);
        Assert.Equal(3, two.FieldCost);
    }

    [Fact]
    public void Variable_without_a_value_uses_its_default()
    {
        var cost = Analyze("query($n: Int = 7) { books(first: $n) { author { name } } }");

        Assert.Equal(8, cost.FieldCost);
    }

    [Fact]
    public void Argument_default_sizes_the_list_and_satisfies_require_one()
    {
        var cost = Analyze("{ authors { name } }");

        Assert.Equal(1, cost.FieldCost);
        Assert.Equal(1 + (5 * 2), cost.TypeCost);
        Assert.Empty(cost.Errors);
    }

    [Theory]
    [InlineData("{ books { title } }")]
    [InlineData("{ books(first: 1, last: 2) { title } }")]
    public void Require_one_slicing_argument_reports_none_or_several(string query)
    {
        var cost = Analyze(query);

        var error = Assert.Single(cost.Errors);
        Assert.Equal(CostErrorCodes.SlicingArgumentRequired, error.Code);
        Assert.Contains("first, last", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_slicing_argument_path_and_input_field_weights()
    {
        var sliced = Analyze("""{ search(filter: { max: 4, term: "x" }) { title } }""");
        var assumed = Analyze("{ search { title } }");

        Assert.Equal(1 + 2, sliced.FieldCost); // field 1 + input field term 2
        Assert.Equal(5, sliced.TypeCost);
        Assert.Equal(51, assumed.TypeCost);
        Assert.Empty(assumed.Errors);
    }

    [Fact]
    public void Fields_selected_twice_through_fragments_count_once()
    {
        var cost = Analyze("{ books(first: 2) { ...F author { name } } } fragment F on Book { author { name } title }");

        Assert.Equal(3, cost.FieldCost);
        Assert.Equal(1 + (2 * 3), cost.TypeCost);
    }

    [Fact]
    public void Skip_and_include_with_variables_remove_fields()
    {
        const string query = "query($s: Boolean!) { books(first: 10) { author @skip(if: $s) { name } reviews(first: 1) @include(if: false) { stars } } }";

        var skipped = Analyze(query, """{"s": true}""");
        var kept = Analyze(query, """{"s": false}""");

        Assert.Equal(1, skipped.FieldCost);
        Assert.Equal(11, skipped.TypeCost);
        Assert.Equal(11, kept.FieldCost);
    }

    [Fact]
    public void Abstract_type_costs_as_much_as_its_most_expensive_member()
    {
        var cost = Analyze("{ media { ... on Video { clips { url } } ... on Book { title } } }");

        Assert.Equal(1 + (10 * 1), cost.FieldCost);
        Assert.Equal(1 + (10 * (1 + 20)), cost.TypeCost);
    }

    [Fact]
    public void Field_and_argument_weights_are_added()
    {
        var cost = Analyze("""{ expensive book(id: "1") { title } }""");

        Assert.Equal(5.5 + 1 + 3, cost.FieldCost);
        Assert.Equal(2, cost.TypeCost);
    }

    [Fact]
    public void Lists_without_list_size_use_the_default_list_size()
    {
        const string query = "{ plainList { author { name } } }";

        var one = Analyze(query);
        var ten = Analyze(query, options: new CostOptions { DefaultListSize = 10 });

        Assert.Equal(2, one.FieldCost);
        Assert.Equal(11, ten.FieldCost);
        Assert.Equal(1 + (10 * 3), ten.TypeCost);
    }

    [Fact]
    public void Typename_and_introspection_cost_nothing()
    {
        var cost = Analyze("{ __typename __schema { types { name } } }");

        Assert.Equal(0, cost.FieldCost);
        Assert.Equal(1, cost.TypeCost);
    }

    [Fact]
    public void Operation_is_chosen_by_name_and_mutations_are_analysed()
    {
        var document = Parser.Parse("query A { expensive } mutation B { addBook(title: \"x\") { author { name } } }");

        var cost = CostAnalyzer.Analyze(Schema, document, "B");

        Assert.Equal(2, cost.FieldCost);
        Assert.Equal(1 + 1 + 2, cost.TypeCost); // Mutation, Book, Author (weight 2)
    }

    [Fact]
    public void Schema_prints_the_cost_directives()
    {
        var sdl = SchemaPrinter.Print(Schema);

        Assert.Contains("directive @cost(weight: String!)", sdl, StringComparison.Ordinal);
        Assert.Contains("directive @listSize(", sdl, StringComparison.Ordinal);
    }
}
