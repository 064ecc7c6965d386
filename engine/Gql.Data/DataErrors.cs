using Gql.Language;

namespace Gql.Data;

/// <summary>Argument errors as GraphQL errors with a code; the executor adds the field's location and path.</summary>
internal static class DataErrors
{
    public static GraphQLException Create(string message, string code) => new([GraphQLError.WithCode(message, code)]);

    public static GraphQLException InvalidCursor(string argument)
        => Create($"The cursor given as \"{argument}\" is not valid for this field and order.", DataErrorCodes.PagingInvalidCursor);
}
