using Gql.Language;

namespace Gql.Execution;

/// <summary>Builds located field errors (graphql-js <c>locatedError</c>).</summary>
internal static class ErrorFactory
{
    public static GraphQLError FromException(Exception exception, CompiledField field, object[] path, bool includeDetails)
    {
        if (exception is GraphQLException graphQLException && graphQLException.Errors.Count > 0)
        {
            return Locate(graphQLException.Errors[0], field, path);
        }

        var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.ResolverError };
        if (includeDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>
            {
                ["type"] = exception.GetType().FullName,
                ["stackTrace"] = exception.StackTrace,
            };
        }

        return new GraphQLError(exception.Message, field.Locations, path, extensions);
    }

    /// <summary>Adds the field's path (and its locations unless the error has its own) to an error without a path.</summary>
    public static GraphQLError Locate(GraphQLError error, CompiledField field, object[] path)
    {
        if (error.Path is not null)
        {
            return error;
        }

        return error with
        {
            Locations = error.Locations is { Count: > 0 } ? error.Locations : field.Locations,
            Path = path,
            Extensions = error.Extensions ?? new Dictionary<string, object?> { ["code"] = ErrorCodes.ResolverError },
        };
    }

    public static GraphQLError Create(string message, string code, CompiledField field, object[] path)
        => new(message, field.Locations, path, new Dictionary<string, object?> { ["code"] = code });
}
