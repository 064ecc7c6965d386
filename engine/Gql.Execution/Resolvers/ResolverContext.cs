using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;
using Gql.Types.CodeFirst;
using Gql.Types.Resolvers;

namespace Gql.Execution;

/// <summary>The executor's <see cref="IResolverContext"/>; pooled per request and reused for synchronous resolvers.</summary>
internal sealed class ResolverContext(OperationContext operation) : IResolverContext
{
    private CompiledField _field = null!;
    private ResultNode _node = null!;
    private int _slot;
    private ResultPath? _path;

    public Schema Schema => operation.Schema;

    public ObjectType ObjectType => _field.DeclaringType;

    public OutputField Field => _field.Definition;

    public IReadOnlyList<FieldNode> FieldNodes => _field.Nodes;

    public string ResponseName => _field.ResponseName;

    public ISelection Selection => _field;

    public ResultPath Path => _path ??= BuildPath();

    public OperationDefinitionNode Operation => operation.Operation.Definition;

    public IReadOnlyDictionary<string, object?> Variables => operation.Variables;

    public IReadOnlyDictionary<string, object?> Arguments { get; private set; } = null!;

    public object? ParentValue { get; private set; }

    public IServiceProvider Services => operation.Services;

    public CancellationToken RequestAborted => operation.RequestAborted;

    public IDictionary<string, object?> ContextData => operation.ContextData;

    public IReadOnlyList<ISelection> GetSelections(ObjectType type) => _field.GetSelections(type);

    public T Parent<T>() => ClrValueConverter.Convert<T>(ParentValue)!;

    public T ArgumentValue<T>(string name)
        => Arguments.TryGetValue(name, out var value) ? ClrValueConverter.Convert<T>(value)! : default!;

    public T Service<T>()
        where T : notnull
        => Services.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"The service \"{typeof(T).FullName}\" is not registered.");

    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        operation.ReportError(error.Path is null ? ErrorFactory.Locate(error, _field, _node.GetPath(_slot)) : error);
    }

    internal void Initialize(CompiledField field, object? parent, ResultNode node, int slot, IReadOnlyDictionary<string, object?> arguments)
    {
        _field = field;
        ParentValue = parent;
        _node = node;
        _slot = slot;
        Arguments = arguments;
        _path = null;
    }

    internal void Clear()
    {
        ParentValue = null;
        _node = null!;
        _path = null;
    }

    private ResultPath BuildPath()
    {
        var path = ResultPath.Root;
        foreach (var segment in _node.GetPath(_slot))
        {
            path = segment is int index ? path.Append(index) : path.Append((string)segment);
        }

        return path;
    }
}
