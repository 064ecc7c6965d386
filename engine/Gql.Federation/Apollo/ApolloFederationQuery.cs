namespace Gql.Federation;

/// <summary>Adds <c>_service</c> and <c>_entities</c> to the query type (see <see cref="ApolloFederationFieldsAttribute"/>).</summary>
[ExtendObjectType("Query")]
[ApolloFederationFields]
internal sealed class ApolloFederationQuery;
