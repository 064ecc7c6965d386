namespace Gql.CostAnalysis.Tests;

public sealed record CodeFirstItem(string Name)
{
    public CodeFirstItem Self => this;
}
