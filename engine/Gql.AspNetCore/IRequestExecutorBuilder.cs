using Microsoft.Extensions.DependencyInjection;

namespace Gql.AspNetCore;

/// <summary>
/// Configures one GraphQL server (schema, executor options, HTTP options), like Hot Chocolate's
/// builder of the same name. Returned by <c>services.AddGraphQLServer()</c>.
/// </summary>
public interface IRequestExecutorBuilder
{
    /// <summary>The schema name; <see cref="GraphQLServerDefaults.SchemaName"/> unless one was given.</summary>
    string Name { get; }

    IServiceCollection Services { get; }
}
