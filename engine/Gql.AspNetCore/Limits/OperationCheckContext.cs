using Gql.Language.Syntax;
using Gql.Types;
using Microsoft.AspNetCore.Http;

namespace Gql.AspNetCore;

/// <summary>What an <see cref="IOperationCheck"/> sees of a request.</summary>
public sealed class OperationCheckContext(
    Schema schema,
    DocumentNode document,
    string? operationName,
    IReadOnlyDictionary<string, object?>? variables,
    HttpContext httpContext)
{
    public Schema Schema { get; } = schema;

    public DocumentNode Document { get; } = document;

    public string? OperationName { get; } = operationName;

    /// <summary>The request's variable values (JSON-decoded, not yet coerced), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; } = variables;

    public HttpContext HttpContext { get; } = httpContext;
}
