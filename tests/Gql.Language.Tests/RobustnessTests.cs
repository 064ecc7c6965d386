using System.Text;

namespace Gql.Language.Tests;

public class RobustnessTests
{
    [Fact]
    public void Every_prefix_of_the_kitchen_sinks_parses_or_fails_with_a_syntax_error()
    {
        foreach (var source in new[] { KitchenSink.Query, KitchenSink.Schema })
        {
            var bytes = Encoding.UTF8.GetBytes(source);
            for (var length = 0; length <= bytes.Length; length++)
            {
                AssertParsesOrFailsCleanly(bytes.AsSpan(0, length).ToArray());
            }
        }
    }

    [Fact]
    public void Random_mutations_parse_or_fail_with_a_syntax_error()
    {
        var random = new Random(20211026);
        var alphabet = Encoding.UTF8.GetBytes("{}()[]:=@$!|&.\"\\ \n\r\t,#abcXYZ019-+eE_\u00e9");
        var source = Encoding.UTF8.GetBytes(KitchenSink.Query + "\n" + KitchenSink.Schema);
        for (var iteration = 0; iteration < 3_000; iteration++)
        {
            var mutated = new List<byte>(source);
            var edits = random.Next(1, 6);
            for (var edit = 0; edit < edits; edit++)
            {
                var position = random.Next(mutated.Count);
                switch (random.Next(4))
                {
                    case 0:
                        mutated.RemoveAt(position);
                        break;
                    case 1:
                        mutated.Insert(position, alphabet[random.Next(alphabet.Length)]);
                        break;
                    case 2:
                        mutated[position] = (byte)random.Next(256);
                        break;
                    default:
                        mutated.RemoveRange(position, Math.Min(random.Next(1, 40), mutated.Count - position));
                        break;
                }
            }

            AssertParsesOrFailsCleanly([.. mutated]);
        }
    }

    [Fact]
    public void Random_bytes_parse_or_fail_with_a_syntax_error()
    {
        var random = new Random(7);
        for (var iteration = 0; iteration < 2_000; iteration++)
        {
            var bytes = new byte[random.Next(0, 64)];
            random.NextBytes(bytes);
            AssertParsesOrFailsCleanly(bytes);
        }
    }

    [Fact]
    public void Strings_with_lone_surrogates_are_handled()
    {
        var value = Assert.IsType<Syntax.StringValueNode>(Parser.ParseValue("\"a\uD800b\""));
        Assert.Equal("a\uFFFDb", value.Value);
    }

    private static void AssertParsesOrFailsCleanly(byte[] source)
    {
        try
        {
            var document = Parser.Parse(source);
            var printed = SyntaxPrinter.Print(document);
            Assert.Equal(printed, SyntaxPrinter.Print(Parser.Parse(printed)));
        }
        catch (GraphQLSyntaxException error)
        {
            Assert.StartsWith("Syntax Error: ", error.Message, StringComparison.Ordinal);
            Assert.True(error.Location.Line >= 1 && error.Location.Column >= 1, $"bad location {error.Location}");
            Assert.InRange(error.Offset, 0, source.Length);
        }
    }
}
