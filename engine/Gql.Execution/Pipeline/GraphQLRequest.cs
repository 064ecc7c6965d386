using Gql.Language.Syntax;

namespace Gql.Execution;

/// <summary>One GraphQL request (GraphQL over HTTP "request parameters").</summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>State shared by the resolvers of this request; a fresh map is used when null.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>Request services (scoped); resolvers fall back to the executor's services.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The id of a persisted or cached document; used instead of <see cref="Query"/> when that is null.</summary>
    public string? DocumentId { get; init; }

    /// <summary>An already parsed document; skips parsing (and the parse cache).</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>The value the root fields resolve on (graphql-js <c>rootValue</c>).</summary>
    public object? RootValue { get; init; }
}
