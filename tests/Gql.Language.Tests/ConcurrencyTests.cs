namespace Gql.Language.Tests;

public class ConcurrencyTests
{
    [Fact]
    public async Task Parses_and_prints_concurrently_with_identical_results()
    {
        var expectedQuery = SyntaxPrinter.Print(Parser.Parse(KitchenSink.Query));
        var expectedSchema = SyntaxPrinter.Print(Parser.Parse(KitchenSink.Schema));
        var tasks = Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                var source = (i + worker) % 2 == 0 ? KitchenSink.Query : KitchenSink.Schema;
                var expected = (i + worker) % 2 == 0 ? expectedQuery : expectedSchema;
                Assert.Equal(expected, SyntaxPrinter.Print(Parser.Parse(source)));
                Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source[..(source.Length / 2)] + "$"));
            }
        }));
        await Task.WhenAll(tasks);
    }
}
