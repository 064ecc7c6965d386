using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Types.Resolvers;

/// <summary>What a resolver knows about the field it resolves and the request it runs in.</summary>
public interface IResolverContext
{
    Schema Schema { get; }

    ObjectType ObjectType { get; }

    OutputField Field { get; }

    /// <summary>The field selections (merged, same response name) this resolver runs for.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    string ResponseName { get; }

    /// <summary>The collected field this resolver runs for, with what is selected below it.</summary>
    ISelection Selection { get; }

    ResultPath Path { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>The coerced variable values of the request.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The coerced argument values of this field.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The value of the parent object this field is resolved on.</summary>
    object? ParentValue { get; }

    IServiceProvider Services { get; }

    CancellationToken RequestAborted { get; }

    /// <summary>State shared by every resolver of one request.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>The fields selected below the current field when its value is of <paramref name="type"/>.</summary>
    IReadOnlyList<ISelection> GetSelections(ObjectType type);

    T Parent<T>();

    T ArgumentValue<T>(string name);

    T Service<T>() where T : notnull;

    /// <summary>Adds an error to the response without failing the field.</summary>
    void ReportError(GraphQLError error);
}
