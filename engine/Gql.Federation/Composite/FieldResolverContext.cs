using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types.CodeFirst;
using Gql.Types.Resolvers;

namespace Gql.Federation;

/// <summary>
/// A resolver context that runs another field, or the same field with other arguments: a lookup
/// called by <c>_entities</c> or <c>node</c>, or a field whose <c>@require</c> arguments come from
/// the representation. Request, services and path are the calling context's.
/// </summary>
internal sealed class FieldResolverContext(IResolverContext inner, ObjectType objectType, OutputField runField, IReadOnlyDictionary<string, object?> arguments) : IResolverContext
{
    public Schema Schema => inner.Schema;

    public ObjectType ObjectType => objectType;

    public OutputField Field => runField;

    public IReadOnlyList<FieldNode> FieldNodes => inner.FieldNodes;

    public string ResponseName => inner.ResponseName;

    public ISelection Selection => inner.Selection;

    public ResultPath Path => inner.Path;

    public OperationDefinitionNode Operation => inner.Operation;

    public IReadOnlyDictionary<string, object?> Variables => inner.Variables;

    public IReadOnlyDictionary<string, object?> Arguments => arguments;

    public object? ParentValue => inner.ParentValue;

    public IServiceProvider Services => inner.Services;

    public CancellationToken RequestAborted => inner.RequestAborted;

    public IDictionary<string, object?> ContextData => inner.ContextData;

    public IReadOnlyList<ISelection> GetSelections(ObjectType type) => inner.GetSelections(type);

    public T Parent<T>() => inner.Parent<T>();

    public T ArgumentValue<T>(string name)
        => arguments.TryGetValue(name, out var value) ? ClrValueConverter.Convert<T>(value)! : default!;

    public T Service<T>() where T : notnull => inner.Service<T>();

    public void ReportError(GraphQLError error) => inner.ReportError(error);
}
