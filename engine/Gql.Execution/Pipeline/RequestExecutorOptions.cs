using Gql.Validation;

namespace Gql.Execution;

/// <summary>Settings of a <see cref="RequestExecutor"/>.</summary>
public sealed class RequestExecutorOptions
{
    /// <summary>Requests still running after this long end with a TIMEOUT error; null for no limit.</summary>
    public TimeSpan? ExecutionTimeout { get; set; }

    /// <summary>
    /// After a request was aborted (the caller's cancellation or <see cref="ExecutionTimeout"/>),
    /// how long the executor waits for the resolvers it already started before it returns: they
    /// may still use the request's services, which the caller disposes once the executor returned.
    /// Resolvers that observe their cancellation token end well within it; one that ignores the
    /// token is left running after this long.
    /// </summary>
    public TimeSpan AbortGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Field errors beyond this many are dropped and one GRAPHQL_TOO_MANY_ERRORS error is added; null for no limit.</summary>
    public int? MaxErrors { get; set; }

    /// <summary>Adds the exception type and stack trace of resolver exceptions to <c>extensions.exception</c>.</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>How many parsed documents the executor keeps (least recently used go first).</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>Passed to the validator (<c>ValidationOptions.MaxErrors</c>).</summary>
    public int MaxValidationErrors { get; set; } = 100;

    /// <summary>
    /// Rules run after the spec's rules (<see cref="SpecifiedRules.All"/>): depth and cost limits,
    /// introspection off, ... Their errors stop the request like any validation error.
    /// </summary>
    public List<IValidationRule> ValidationRules { get; } = [];

    /// <summary>
    /// Listeners told about each request's phases (request, parse, validate, operation, errors);
    /// empty means no diagnostics calls at all.
    /// </summary>
    public List<IExecutionDiagnosticEvents> DiagnosticEvents { get; } = [];

    /// <summary>
    /// When set, produces the root value of every operation before its root fields run (the
    /// federation gateway's plan executor); for queries and mutations its errors and extensions
    /// are added to the result; for subscriptions the value is the subscribe resolver's parent.
    /// </summary>
    public IRootValueProvider? RootValueProvider { get; set; }

    /// <summary>Skips validation (for trusted, pre-validated documents only).</summary>
    public bool SkipValidation { get; set; }
}
