using Gql.AspNetCore;

namespace Gql.Federation;

/// <summary>The subgraph methods of <see cref="FederationSchemaBuilderExtensions"/> for <c>AddGraphQLServer()</c>.</summary>
public static class FederationRequestExecutorBuilderExtensions
{
    /// <inheritdoc cref="FederationSchemaBuilderExtensions.AddApolloFederation(SchemaBuilder)"/>
    public static IRequestExecutorBuilder AddApolloFederation(this IRequestExecutorBuilder builder)
        => builder.ConfigureSchema(schema => schema.AddApolloFederation());

    /// <inheritdoc cref="FederationSchemaBuilderExtensions.AddGlobalObjectIdentification(SchemaBuilder)"/>
    public static IRequestExecutorBuilder AddGlobalObjectIdentification(this IRequestExecutorBuilder builder)
        => builder.ConfigureSchema(schema => schema.AddGlobalObjectIdentification());

    /// <inheritdoc cref="FederationSchemaBuilderExtensions.AddShareableTypes(SchemaBuilder, string[])"/>
    public static IRequestExecutorBuilder AddShareableTypes(this IRequestExecutorBuilder builder, params string[] typeNames)
        => builder.ConfigureSchema(schema => schema.AddShareableTypes(typeNames));
}
