using Gql.Language;

namespace Gql.AspNetCore;

/// <summary>
/// The request after persisted-document resolution (the stored text filled in), or the error that
/// refuses it; <see cref="AlwaysOk"/> marks APQ answers that are HTTP 200 whatever the media type.
/// </summary>
internal readonly record struct PersistedOperationOutcome(RequestParameters Parameters, GraphQLError? Error, bool AlwaysOk)
{
    public static PersistedOperationOutcome Pass(RequestParameters parameters) => new(parameters, null, false);

    public static PersistedOperationOutcome Refuse(GraphQLError error, bool alwaysOk = false) => new(default, error, alwaysOk);
}
