namespace Gql.Federation;

/// <summary>The Apollo subgraph SDL of a schema, printed once and kept with the schema (what <c>_service.sdl</c> returns).</summary>
internal static class ApolloSubgraphSdl
{
    private const string ContextKey = "Gql.Federation.ApolloSubgraphSdl";

    public static string Get(Schema schema)
    {
        lock (schema.ContextData)
        {
            if (schema.ContextData.TryGetValue(ContextKey, out var existing) && existing is string sdl)
            {
                return sdl;
            }

            sdl = FederationSchemaPrinter.PrintApolloSubgraph(schema);
            schema.ContextData[ContextKey] = sdl;
            return sdl;
        }
    }
}
