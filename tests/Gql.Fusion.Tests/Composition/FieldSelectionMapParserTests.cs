using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Tests.Composition;

public sealed class FieldSelectionMapParserTests
{
    [Theory]
    [InlineData("id", "id")]
    [InlineData("address.id", "address.id")]
    [InlineData("<Book>.isbn | <Movie>.id", "isbn;id")]
    [InlineData("{ id, sku: code }", "id;code")]
    [InlineData("dimension.{ size weight }", "dimension.size;dimension.weight")]
    [InlineData("parts[id]", "parts.id")]
    public void Paths_are_read_from_each_form_of_the_grammar(string map, string expected)
    {
        var parsed = FieldSelectionMapParser.TryParse(map, out var error);

        Assert.Null(error);
        Assert.Equal(expected, string.Join(";", parsed!.Paths.Select(p => string.Join(".", p))));
    }

    [Theory]
    [InlineData("{ id ")]
    [InlineData("address.")]
    [InlineData("{ }")]
    [InlineData("a b")]
    [InlineData("")]
    public void Malformed_maps_are_rejected_with_a_reason(string map)
    {
        var parsed = FieldSelectionMapParser.TryParse(map, out var error);

        Assert.Null(parsed);
        Assert.False(string.IsNullOrEmpty(error));
    }
}
