namespace Gql.Language;

/// <summary>
/// A document could not be parsed: carries exactly one error whose message starts with
/// <c>Syntax Error:</c>, with the location of the offending character or token.
/// </summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    public GraphQLSyntaxException(string description, ErrorLocation location, int offset, string code = ErrorCodes.SyntaxError)
        : base(GraphQLError.WithCode("Syntax Error: " + description, code, [location]))
    {
        Description = description;
        Location = location;
        Offset = offset;
    }

    /// <summary>The message without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>The 1-based line and column of the error.</summary>
    public ErrorLocation Location { get; }

    /// <summary>The UTF-8 byte offset of the error in the source.</summary>
    public int Offset { get; }

    /// <summary>The <c>extensions.code</c> of the error.</summary>
    public string Code => Errors[0].Code ?? ErrorCodes.SyntaxError;

    /// <summary>The same error with another <c>extensions.code</c>.</summary>
    public GraphQLSyntaxException WithCode(string code) => new(Description, Location, Offset, code);
}
