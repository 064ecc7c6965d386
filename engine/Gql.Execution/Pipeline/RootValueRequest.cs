using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Execution;

/// <summary>The prepared request an <see cref="IRootValueProvider"/> gets.</summary>
public sealed class RootValueRequest
{
    internal RootValueRequest(
        GraphQLRequest request,
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        IDictionary<string, object?> contextData)
    {
        Request = request;
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        Services = services;
        ContextData = contextData;
    }

    /// <summary>The request as received (its <c>Variables</c> are the raw, uncoerced values).</summary>
    public GraphQLRequest Request { get; }

    public Schema Schema { get; }

    /// <summary>The operation to run; the same instance for every request of a cached document.</summary>
    public OperationDefinitionNode Operation { get; }

    /// <summary>The document's fragments by name.</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    /// <summary>The request's context data (the same map the resolvers get).</summary>
    public IDictionary<string, object?> ContextData { get; }
}
