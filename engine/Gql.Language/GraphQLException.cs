namespace Gql.Language;

/// <summary>An exception that carries one or more GraphQL errors to be reported to the caller.</summary>
public class GraphQLException : Exception
{
    public GraphQLException(GraphQLError error)
        : base(error.Message)
    {
        Errors = [error];
    }

    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "GraphQL error.")
    {
        Errors = errors;
    }

    public GraphQLException(string message, string code)
        : this(GraphQLError.WithCode(message, code))
    {
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
