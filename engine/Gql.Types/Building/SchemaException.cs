using Gql.Language;

namespace Gql.Types;

/// <summary>A schema could not be built: every error found, each with code <see cref="ErrorCodes.SchemaInvalid"/>.</summary>
public sealed class SchemaException(IReadOnlyList<GraphQLError> errors) : GraphQLException(errors)
{
    public override string Message => "The schema is invalid:" + string.Concat(Errors.Select(e => "\n- " + e.Message + FormatLocations(e)));

    private static string FormatLocations(GraphQLError error)
        => error.Locations is { Count: > 0 } locations
            ? " (" + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}")) + ")"
            : string.Empty;
}
