using Gql.Language;
using Gql.Language.Syntax;
using static Gql.Execution.Tests.TestHelpers;

namespace Gql.Execution.Tests;

/// <summary>RequestExecutorOptions.DiagnosticEvents: which phases are reported, in which order.</summary>
public class DiagnosticEventsTests
{
    [Fact]
    public async Task Reports_the_phases_of_a_request_in_order()
    {
        var (executor, events) = Create("type Query { a: String }", b => b.AddResolver("Query", "a", Value("A")));

        await executor.ExecuteAsync(new GraphQLRequest("query Q { a }"));

        Assert.Equal(
            ["request:start", "parse:start", "parse:end", "validate:start", "validate:end", "operation:start Q", "operation:end", "request:end"],
            events.Log);
    }

    [Fact]
    public async Task A_cached_document_is_neither_parsed_nor_validated_again()
    {
        var (executor, events) = Create("type Query { a: String }", b => b.AddResolver("Query", "a", Value("A")));
        await executor.ExecuteAsync(new GraphQLRequest("{ a }"));
        events.Log.Clear();

        await executor.ExecuteAsync(new GraphQLRequest("{ a }"));

        Assert.Equal(["request:start", "operation:start ", "operation:end", "request:end"], events.Log);
    }

    [Fact]
    public async Task Reports_the_errors_of_a_failed_request_without_an_operation_scope()
    {
        var (executor, events) = Create("type Query { a: String }");

        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest("{ b }"));

        Assert.Equal(
            ["request:start", "parse:start", "parse:end", "validate:start", "validate:end", "errors 1", "request:end"],
            events.Log);
        Assert.Same(result.Errors, events.Errors);
    }

    [Fact]
    public async Task Reports_the_field_errors_of_a_result_after_the_operation()
    {
        var (executor, events) = Create("type Query { a: String b: String }", b => b
            .AddResolver("Query", "a", ThrowsAsync("boom"))
            .AddResolver("Query", "b", Throws("bang")));

        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest("{ a b }"));

        Assert.Equal(
            ["request:start", "parse:start", "parse:end", "validate:start", "validate:end", "operation:start ", "operation:end", "errors 2", "request:end"],
            events.Log);
        Assert.Same(result.Errors, events.Errors);
    }

    [Fact]
    public async Task A_syntax_error_ends_the_parse_scope_and_is_reported()
    {
        var (executor, events) = Create("type Query { a: String }");

        await executor.ExecuteAsync(new GraphQLRequest("{ a"));

        Assert.Equal(["request:start", "parse:start", "parse:end", "errors 1", "request:end"], events.Log);
    }

    [Fact]
    public async Task Every_listener_is_called_and_scopes_end_in_reverse_order()
    {
        var schema = Schema("type Query { a: String }");
        var log = new List<string>();
        var options = new RequestExecutorOptions();
        options.DiagnosticEvents.Add(new RecordingEvents(log, "1:"));
        options.DiagnosticEvents.Add(new RecordingEvents(log, "2:"));
        var executor = new RequestExecutor(schema, options);
        await executor.ExecuteAsync(new GraphQLRequest("{ a }"));
        log.Clear();

        await executor.ExecuteAsync(new GraphQLRequest("{ a }"));

        Assert.Equal(
            ["1:request:start", "2:request:start", "1:operation:start ", "2:operation:start ", "2:operation:end", "1:operation:end", "2:request:end", "1:request:end"],
            log);
    }

    private static (RequestExecutor Executor, RecordingEvents Events) Create(string sdl, Action<Gql.Types.SchemaBuilder>? configure = null)
    {
        var events = new RecordingEvents([], string.Empty);
        var options = new RequestExecutorOptions();
        options.DiagnosticEvents.Add(events);
        return (new RequestExecutor(Schema(sdl, configure), options), events);
    }

    private sealed class RecordingEvents(List<string> log, string prefix) : IExecutionDiagnosticEvents
    {
        public List<string> Log { get; } = log;

        public IReadOnlyList<GraphQLError>? Errors { get; private set; }

        public IDisposable ExecuteRequest(GraphQLRequest request) => Scope("request");

        public IDisposable ParseDocument(GraphQLRequest request) => Scope("parse");

        public IDisposable ValidateDocument(GraphQLRequest request) => Scope("validate");

        public IDisposable ExecuteOperation(GraphQLRequest request, OperationDefinitionNode operation)
        {
            Add($"operation:start {operation.Name?.Value}");
            return new End(this, "operation");
        }

        public void RequestErrors(GraphQLRequest request, IReadOnlyList<GraphQLError> errors)
        {
            Errors = errors;
            Add($"errors {errors.Count}");
        }

        private IDisposable Scope(string name)
        {
            Add(name + ":start");
            return new End(this, name);
        }

        private void Add(string entry)
        {
            lock (Log)
            {
                Log.Add(prefix + entry);
            }
        }

        private sealed class End(RecordingEvents owner, string name) : IDisposable
        {
            public void Dispose() => owner.Add(name + ":end");
        }
    }
}
