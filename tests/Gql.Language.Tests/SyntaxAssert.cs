namespace Gql.Language.Tests;

/// <summary>Assertions on syntax errors: the full graphql-js message and the location.</summary>
public static class SyntaxAssert
{
    public static GraphQLSyntaxException Fails(Action parse, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(parse);
        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new ErrorLocation(line, column), error.Location);
        var graphQLError = Assert.Single(error.Errors);
        Assert.Equal(error.Message, graphQLError.Message);
        Assert.Equal([new ErrorLocation(line, column)], graphQLError.Locations!);
        return error;
    }

    public static GraphQLSyntaxException LexFails(string source, string message, int line, int column)
        => Fails(() => LexedToken.LexAll(source), message, line, column);

    public static GraphQLSyntaxException ParseFails(string source, string message, int line, int column)
        => Fails(() => Parser.Parse(source), message, line, column);
}
