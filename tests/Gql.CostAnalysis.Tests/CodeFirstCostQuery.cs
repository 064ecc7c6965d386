namespace Gql.CostAnalysis.Tests;

public sealed class CodeFirstCostQuery
{
    [Cost(4)]
    public string Report() => "report";

    [ListSize(SlicingArguments = ["take"], AssumedSize = 30)]
    public IReadOnlyList<CodeFirstItem> Items(int? take) => [.. Enumerable.Range(0, take ?? 3).Select(i => new CodeFirstItem("item" + i))];
}
