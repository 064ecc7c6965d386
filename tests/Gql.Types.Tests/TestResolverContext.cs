using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types.Resolvers;

namespace Gql.Types.Tests;

/// <summary>A resolver context for calling resolvers directly in tests.</summary>
internal sealed class TestResolverContext(
    Schema schema,
    ObjectType objectType,
    OutputField outputField,
    object? parentValue,
    IReadOnlyDictionary<string, object?>? arguments = null,
    OperationDefinitionNode? operation = null,
    IReadOnlyList<FieldNode>? fieldNodes = null) : IResolverContext
{
    public Schema Schema => schema;

    public ObjectType ObjectType => objectType;

    public OutputField Field => outputField;

    public IReadOnlyList<FieldNode> FieldNodes => fieldNodes ?? [];

    public string ResponseName => FieldNodes.Count > 0 ? FieldNodes[0].ResponseName : outputField.Name;

    public ISelection Selection => throw new InvalidOperationException("Resolvers called directly in tests have no selection.");

    public ResultPath Path => ResultPath.Root.Append(ResponseName);

    public OperationDefinitionNode Operation => operation
        ?? new OperationDefinitionNode(null, OperationType.Query, null, [], [], new SelectionSetNode(null, []));

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> Arguments => arguments ?? new Dictionary<string, object?>();

    public object? ParentValue => parentValue;

    public IServiceProvider Services => EmptyServices.Instance;

    public CancellationToken RequestAborted => CancellationToken.None;

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public List<GraphQLError> ReportedErrors { get; } = [];

    public IReadOnlyList<ISelection> GetSelections(ObjectType type) => [];

    public T Parent<T>() => (T)parentValue!;

    public T ArgumentValue<T>(string name) => (T)Arguments[name]!;

    public T Service<T>()
        where T : notnull
        => throw new InvalidOperationException($"No service {typeof(T).Name} in tests.");

    public void ReportError(GraphQLError error) => ReportedErrors.Add(error);

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
