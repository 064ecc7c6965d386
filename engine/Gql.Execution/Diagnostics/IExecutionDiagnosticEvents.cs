using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Execution;

/// <summary>
/// Listens to the phases of the requests an executor runs (for tracing and metrics). A scope
/// method is called when its phase starts and the returned object is disposed when it ends.
/// Registered through <see cref="RequestExecutorOptions.DiagnosticEvents"/>; with none registered
/// the executor makes no calls and allocates nothing for diagnostics.
/// </summary>
public interface IExecutionDiagnosticEvents
{
    /// <summary>The whole request, from the document lookup to the result (or the response stream).</summary>
    IDisposable ExecuteRequest(GraphQLRequest request);

    /// <summary>Parsing the query text; only when the document is not in the executor's cache.</summary>
    IDisposable ParseDocument(GraphQLRequest request);

    /// <summary>Validating the document; only when its validation result is not cached yet.</summary>
    IDisposable ValidateDocument(GraphQLRequest request);

    /// <summary>Executing (or subscribing to) the selected operation.</summary>
    IDisposable ExecuteOperation(GraphQLRequest request, OperationDefinitionNode operation);

    /// <summary>The errors of a request that failed before execution, or the field errors of its result.</summary>
    void RequestErrors(GraphQLRequest request, IReadOnlyList<GraphQLError> errors);
}
