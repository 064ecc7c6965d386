namespace Gql.HttpConformance.Host;

/// <summary>The query root of the audit server.</summary>
public sealed class Query
{
    public string Hello(string name = "world") => "Hello, " + name + "!";

    public int Add(int a, int b) => a + b;
}
