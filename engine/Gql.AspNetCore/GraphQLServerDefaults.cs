namespace Gql.AspNetCore;

/// <summary>Names and values shared by the server registration and the endpoints.</summary>
public static class GraphQLServerDefaults
{
    /// <summary>The name of the schema registered by <c>AddGraphQLServer()</c> without a name.</summary>
    public const string SchemaName = "_Default";

    /// <summary>The path <c>MapGraphQL()</c> uses when none is given.</summary>
    public const string Path = "/graphql";
}
