using System.Runtime.CompilerServices;
using Gql.Execution;
using Gql.Language.Syntax;
using Gql.Validation;
using Microsoft.AspNetCore.Http;

namespace Gql.AspNetCore;

/// <summary>
/// Runs the server's <see cref="IOperationCheck"/>s before execution. A document that does not parse
/// or validate is left to the executor, so its parse or validation errors come first; validity is
/// remembered per parsed document.
/// </summary>
internal sealed class OperationChecks(GraphQLServer server, IOperationCheck[] checks)
{
    private readonly ConditionalWeakTable<DocumentNode, object> _valid = [];

    public bool IsEmpty => checks.Length == 0;

    /// <summary>The refusal, or null; <paramref name="extensions"/> collects what the checks report.</summary>
    public ExecutionResult? Run(HttpContext httpContext, GraphQLRequest request, out Dictionary<string, object?>? extensions)
    {
        extensions = null;
        var document = request.Document;
        if (document is null && request.Query is { } query)
        {
            server.OperationTypes.TryGetOperationType(query, request.OperationName, out document, out _);
        }

        // Checks only see valid documents (no unknown fields, no fragment cycles).
        if (document is null || !IsValid(document))
        {
            return null;
        }

        var context = new OperationCheckContext(server.Executor.Schema, document, request.OperationName, request.Variables, httpContext);
        foreach (var check in checks)
        {
            var result = check.Check(context);
            if (result.Error is { } error)
            {
                return ExecutionResult.FromError(error);
            }

            if (result.Extensions is { } reported)
            {
                extensions ??= new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in reported)
                {
                    extensions[key] = value;
                }
            }
        }

        return null;
    }

    /// <summary>The executor's result with the checks' extensions added.</summary>
    public static ExecutionResult AddExtensions(ExecutionResult result, Dictionary<string, object?> extensions)
    {
        if (result.Extensions is { } existing)
        {
            foreach (var (key, value) in existing)
            {
                extensions.TryAdd(key, value);
            }
        }

        return new ExecutionResult(result.Data, result.Errors, extensions, result.HasData);
    }

    private bool IsValid(DocumentNode document)
    {
        if (_valid.TryGetValue(document, out _))
        {
            return true;
        }

        if (DocumentValidator.Validate(server.Executor.Schema, document).Count > 0)
        {
            return false;
        }

        _valid.AddOrUpdate(document, true);
        return true;
    }
}
