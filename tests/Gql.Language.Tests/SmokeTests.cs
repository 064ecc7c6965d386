using Gql.Language.Syntax;

namespace Gql.Language.Tests;

public class SmokeTests
{
    [Fact]
    public void Parses_a_query_and_an_sdl_document()
    {
        var document = Parser.Parse("query Q($id: ID! = \"1\") @a { user(id: $id) { ...F name @include(if: true) ... on User { id } } } fragment F on User { id }");
        Assert.Equal(2, document.Definitions.Count);
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("Q", operation.Name!.Value);
        var sdl = Parser.Parse("\"\"\"\n  Desc\n\"\"\"\ntype A implements & B & C @x { f(a: Int = 1): [String!]! } union U = | A | B directive @d repeatable on FIELD | OBJECT extend type A @y");
        Assert.Equal(4, sdl.Definitions.Count);
        Assert.Equal("Desc", ((ObjectTypeDefinitionNode)sdl.Definitions[0]).Description!.Value);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{"));
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message);
        Assert.Equal(new ErrorLocation(1, 2), error.Location);
    }
}
