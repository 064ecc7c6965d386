namespace Gql.Execution;

/// <summary>Entries of <c>Schema.ContextData</c> the executor reads.</summary>
public static class ExecutionSchemaKeys
{
    /// <summary>
    /// When a schema's <c>ContextData</c> has this key, the default resolver reads dictionary
    /// entries by response name (the alias, when there is one) instead of the field name: for data
    /// that already has the shape of the response, such as a gateway's merged subgraph results.
    /// </summary>
    public const string DictionaryKeysAreResponseNames = "Gql.Execution.DictionaryKeysAreResponseNames";
}
