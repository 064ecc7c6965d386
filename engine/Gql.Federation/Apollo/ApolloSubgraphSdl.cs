namespace Gql.Federation;

/// <summary>The Apollo subgraph SDL of a schema, printed once and kept with the schema (what <c>_service.sdl</c> returns).</summary>
internal static class ApolloSubgraphSdl
{
    private const string ContextKey = "Gql.Federation.ApolloSubgraphSdl";

    /// <summary>Keeps a lazily printed SDL with the schema; called while the schema is built, so requests only read.</summary>
    public static void Attach(Schema schema)
        => schema.ContextData[ContextKey] = new Lazy<string>(() => FederationSchemaPrinter.PrintApolloSubgraph(schema), LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Get(Schema schema)
        => schema.ContextData.TryGetValue(ContextKey, out var attached) && attached is Lazy<string> sdl
            ? sdl.Value
            : FederationSchemaPrinter.PrintApolloSubgraph(schema);
}
