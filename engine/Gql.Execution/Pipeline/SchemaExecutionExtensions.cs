using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.Execution;

/// <summary><c>schema.ExecuteAsync(request)</c>: runs a request on a shared executor for the schema.</summary>
public static class SchemaExecutionExtensions
{
    private static readonly ConditionalWeakTable<Schema, RequestExecutor> Executors = new();

    public static Task<IExecutionResult> ExecuteAsync(this Schema schema, GraphQLRequest request, CancellationToken cancellationToken = default)
        => GetExecutor(schema).ExecuteAsync(request, cancellationToken);

    public static Task<IExecutionResult> ExecuteAsync(this Schema schema, string query, CancellationToken cancellationToken = default)
        => GetExecutor(schema).ExecuteAsync(new GraphQLRequest(query), cancellationToken);

    /// <summary>The executor <see cref="ExecuteAsync(Schema, GraphQLRequest, CancellationToken)"/> uses for the schema.</summary>
    public static RequestExecutor GetExecutor(this Schema schema)
        => Executors.GetValue(schema, static s => new RequestExecutor(s));
}
