namespace Gql.Language.Tests;

public class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("\n \n\t\n", "")]
    [InlineData("  a", "  a")]
    [InlineData(" a\n  b", " a\nb")]
    [InlineData("\n a\n  b", "a\n b")]
    [InlineData("\n\n  a\n    b\n\n  c\n\n", "a\n  b\n\nc")]
    [InlineData("  a\n  \n  b", "  a\n\nb")]
    [InlineData("\ta\n\t\tb", "\ta\nb")]
    [InlineData("\n  a  \n  b  ", "a  \nb  ")]
    [InlineData("a\r\n  b\r  c", "a\nb\nc")]
    [InlineData("\n  first\n    second\n  ", "first\n  second")]
    public void Dedents_like_BlockStringValue(string raw, string expected)
    {
        Assert.Equal(expected, BlockString.Dedent(raw));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("a", true)]
    [InlineData(" a", true)]
    [InlineData("a\n b", true)]
    [InlineData("a\n\n b", true)]
    [InlineData("\ta", true)]
    [InlineData("a \"quote\"", true)]
    [InlineData("\n", false)]
    [InlineData("\na", false)]
    [InlineData("a\n", false)]
    [InlineData("a\n ", false)]
    [InlineData(" a\n b", false)]
    [InlineData("a\r\nb", false)]
    [InlineData("a\rb", false)]
    [InlineData("a\u0000b", false)]
    [InlineData("a\u0008b", false)]
    [InlineData("a\u001fb", false)]
    public void Knows_which_values_are_printable_as_block_strings(string value, bool printable)
    {
        Assert.Equal(printable, BlockString.IsPrintableAsBlockString(value));
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("one liner", "\"\"\"one liner\"\"\"")]
    [InlineData("triple quotation \"\"\"", "\"\"\"\ntriple quotation \\\"\"\"\n\"\"\"")]
    [InlineData("    space-led string", "\"\"\"    space-led string\"\"\"")]
    [InlineData("    space-led value \"quoted string\"", "\"\"\"    space-led value \"quoted string\"\n\"\"\"")]
    [InlineData("backslash \\", "\"\"\"\nbackslash \\\n\"\"\"")]
    [InlineData("no indent\n with indent", "\"\"\"\nno indent\n with indent\n\"\"\"")]
    [InlineData("    first  \n  line     \nindentation\n     string", "\"\"\"\n    first  \n  line     \nindentation\n     string\n\"\"\"")]
    [InlineData("first\n  second\n  third", "\"\"\"\nfirst\n  second\n  third\n\"\"\"")]
    public void Prints_like_graphql_js_printBlockString(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Fact]
    public void Prints_long_single_lines_on_their_own_line()
    {
        var value = new string('x', 71);
        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
        Assert.Equal("\"\"\"" + value[..70] + "\"\"\"", BlockString.Print(value[..70]));
    }

    [Fact]
    public void Minimized_printing_avoids_optional_new_lines()
    {
        Assert.Equal("\"\"\"a\nb\"\"\"", BlockString.Print("a\nb", minimize: true));
        Assert.Equal("\"\"\"backslash \\\n\"\"\"", BlockString.Print("backslash \\", minimize: true));
        Assert.Equal("\"\"\"\n a\n b\"\"\"", BlockString.Print(" a\n b", minimize: true));
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("  leading space")]
    [InlineData("trailing quote\"")]
    [InlineData("trailing backslash\\")]
    [InlineData("has \"\"\" triple quotes")]
    [InlineData("line one\n  line two\n\nline four")]
    [InlineData("a\n\tb")]
    public void Printed_block_strings_parse_back_to_the_same_value(string value)
    {
        var printed = BlockString.Print(value);
        var parsed = Assert.IsType<Syntax.StringValueNode>(Parser.ParseValue(printed));
        Assert.True(parsed.Block);
        Assert.Equal(value, parsed.Value);
    }
}
