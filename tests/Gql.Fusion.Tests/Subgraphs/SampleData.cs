namespace Gql.Fusion.Tests.Subgraphs;

public static class SampleData
{
    public const int UserCount = 10;
    public const int ProductCount = 120;
}
