using Gql.Language.Syntax;

namespace Gql.Federation;

/// <summary>
/// The <c>@lookup</c> fields of a schema's query type by the object types they can return. Built
/// once per schema; lookups whose <c>@is</c> map is not a plain field path (choices, objects,
/// type conditions) are left out, since a representation cannot be mapped onto them directly.
/// </summary>
internal sealed class LookupIndex
{
    private const string ContextKey = "Gql.Federation.LookupIndex";

    private readonly Dictionary<ObjectType, List<Lookup>> _byType = [];

    private LookupIndex(Schema schema)
    {
        foreach (var field in schema.QueryType.Fields)
        {
            if (!HasDirective(field.Directives, FederationDirectiveNames.Lookup) || CreateLookup(field) is not { } lookup)
            {
                continue;
            }

            var returned = field.Type.NamedType();
            var types = returned is ObjectType objectType ? [objectType] : schema.GetPossibleTypes(returned);
            foreach (var type in types)
            {
                if (!_byType.TryGetValue(type, out var list))
                {
                    _byType[type] = list = [];
                }

                list.Add(lookup);
            }
        }
    }

    /// <summary>Keeps a lazily built index with the schema; called while the schema is built, so requests only read.</summary>
    public static void Attach(Schema schema)
        => schema.ContextData[ContextKey] = new Lazy<LookupIndex>(() => new LookupIndex(schema), LazyThreadSafetyMode.ExecutionAndPublication);

    public static LookupIndex For(Schema schema)
        => schema.ContextData.TryGetValue(ContextKey, out var attached) && attached is Lazy<LookupIndex> index
            ? index.Value
            : new LookupIndex(schema);

    public IReadOnlyList<Lookup> GetLookups(ObjectType type) => _byType.TryGetValue(type, out var list) ? list : [];

    public static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name)
        => directives.Any(d => d.Name.Value == name);

    public static string? GetStringArgument(IReadOnlyList<DirectiveNode> directives, string directive, string argument)
        => directives.FirstOrDefault(d => d.Name.Value == directive)?.Arguments
            .FirstOrDefault(a => a.Name.Value == argument)?.Value is StringValueNode value ? value.Value : null;

    private static Lookup? CreateLookup(OutputField field)
    {
        var arguments = new List<LookupArgument>();
        foreach (var argument in field.Arguments)
        {
            var map = GetStringArgument(argument.Directives, FederationDirectiveNames.Is, "field") ?? argument.Name;
            if (map.IndexOfAny(['{', '}', '|', '<', '>', ':', '(']) >= 0)
            {
                return null;
            }

            arguments.Add(new LookupArgument(argument, map.Split('.', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        }

        return new Lookup(field, arguments);
    }
}
