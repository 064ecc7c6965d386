using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Execution;

/// <summary>Calls every registered listener of a request, in registration order; scopes end in reverse order.</summary>
internal sealed class ExecutionDiagnostics(IExecutionDiagnosticEvents[] listeners)
{
    /// <summary>The listeners registered now, or null when there are none (the hot path checks for null only).</summary>
    public static ExecutionDiagnostics? Create(List<IExecutionDiagnosticEvents> registered)
        => registered.Count == 0 ? null : new ExecutionDiagnostics([.. registered]);

    public IDisposable ExecuteRequest(GraphQLRequest request) => Scope(l => l.ExecuteRequest(request));

    public IDisposable ParseDocument(GraphQLRequest request) => Scope(l => l.ParseDocument(request));

    public IDisposable ValidateDocument(GraphQLRequest request) => Scope(l => l.ValidateDocument(request));

    public IDisposable ExecuteOperation(GraphQLRequest request, OperationDefinitionNode operation)
        => Scope(l => l.ExecuteOperation(request, operation));

    public void RequestErrors(GraphQLRequest request, IReadOnlyList<GraphQLError> errors)
    {
        foreach (var listener in listeners)
        {
            listener.RequestErrors(request, errors);
        }
    }

    private IDisposable Scope(Func<IExecutionDiagnosticEvents, IDisposable> start)
    {
        if (listeners.Length == 1)
        {
            return start(listeners[0]);
        }

        var scopes = new IDisposable[listeners.Length];
        for (var i = 0; i < listeners.Length; i++)
        {
            scopes[i] = start(listeners[i]);
        }

        return new CompositeScope(scopes);
    }

    private sealed class CompositeScope(IDisposable[] scopes) : IDisposable
    {
        public void Dispose()
        {
            for (var i = scopes.Length - 1; i >= 0; i--)
            {
                scopes[i].Dispose();
            }
        }
    }
}
