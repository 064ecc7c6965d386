namespace Gql.Types.Tests.Printing;

public class SchemaPrinterTests
{
    [Fact]
    public void Print_KitchenSinkSchema_MatchesGraphqlJsPrintSchema()
    {
        var schema = TestSchemas.Build(TestSchemas.ReadTestData("KitchenSink.graphql"));

        var printed = SchemaPrinter.Print(schema);

        Assert.Equal(TestSchemas.ReadTestData("KitchenSink.printed.graphql"), printed);
    }
}
