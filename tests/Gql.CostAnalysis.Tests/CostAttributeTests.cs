using Gql.Language;
using Gql.Types;

namespace Gql.CostAnalysis.Tests;

public sealed class CostAttributeTests
{
    private static readonly Schema Schema = SchemaBuilder.New().AddQueryType<CodeFirstCostQuery>().Build();

    [Fact]
    public void Attributes_apply_the_directives_and_declare_them()
    {
        var query = Schema.QueryType!;

        var cost = Assert.Single(query.Fields["report"]!.Directives);
        var listSize = Assert.Single(query.Fields["items"]!.Directives);

        Assert.Equal("""@cost(weight: "4")""", SyntaxPrinter.Print(cost));
        Assert.Equal("""@listSize(assumedSize: 30, slicingArguments: ["take"])""", SyntaxPrinter.Print(listSize));
        Assert.NotNull(Schema.GetDirective(CostDirectives.Cost));
        Assert.NotNull(Schema.GetDirective(CostDirectives.ListSize));
    }

    [Fact]
    public void Code_first_weights_and_list_sizes_are_analysed()
    {
        var sliced = CostAnalyzer.Analyze(Schema, Parser.Parse("{ report items(take: 6) { self { name } } }"));
        var assumed = CostAnalyzer.Analyze(Schema, Parser.Parse("{ items { name } }"));

        Assert.Equal(4 + 1 + 6, sliced.FieldCost);
        Assert.Equal(1 + (6 * 2), sliced.TypeCost);
        Assert.Equal(1 + 30, assumed.TypeCost);
        Assert.Equal(CostErrorCodes.SlicingArgumentRequired, Assert.Single(assumed.Errors).Code);
    }
}
