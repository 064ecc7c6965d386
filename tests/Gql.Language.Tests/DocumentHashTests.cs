namespace Gql.Language.Tests;

public class DocumentHashTests
{
    [Theory]
    [InlineData("{ a }", "1c7e1e347f726166b5b1c55afd61f278cc9b45e00c108ec33d540a566379811b")]
    [InlineData("{ é }", "6ed1179be308ef4c2e705b3e9bdb43678ae4f31bfd35e2b11f9aa3addc48a710")]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    public void Hashes_the_utf8_text_with_sha256(string text, string expected)
    {
        Assert.Equal(expected, DocumentHash.Compute(text));
        Assert.Equal(expected, DocumentHash.Compute(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Documents_that_differ_only_in_ignored_tokens_share_a_hash()
    {
        var first = Parser.Parse("query Q { a(b: 1) { c } }");
        var second = Parser.Parse("# comment\nquery Q{a(b:1),{c,}}");
        var third = Parser.Parse("query Q { a(b: 2) { c } }");
        Assert.Equal(DocumentHash.Compute(first), DocumentHash.Compute(second));
        Assert.NotEqual(DocumentHash.Compute(first), DocumentHash.Compute(third));
        Assert.Equal(64, DocumentHash.Compute(first).Length);
    }
}
