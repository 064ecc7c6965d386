using System.Text;
using Gql.Fusion.Metadata;
using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Fusion.Planning;

/// <summary>A subgraph request while the plan is built.</summary>
internal sealed class FetchBuilder(string subgraph, FetchKind kind, IReadOnlyList<string> path, string? entityType, Lookup? lookup)
{
    public string Subgraph { get; } = subgraph;

    public FetchKind Kind { get; } = kind;

    public IReadOnlyList<string> Path { get; } = path;

    public string? EntityType { get; } = entityType;

    public Lookup? Lookup { get; } = lookup;

    public SelectionBuilder Selections { get; } = new();

    public HashSet<FetchBuilder> DependsOn { get; } = [];

    public List<EntityVariable> EntityVariables { get; } = [];

    public List<string> ResponseNames { get; } = [];

    /// <summary>Arguments the gateway adds to a field of this fetch (<c>@require</c> values), by the client's field node.</summary>
    public Dictionary<FieldNode, List<ArgumentNode>> RequirementArguments { get; } = new(ReferenceEqualityComparer.Instance);

    public void AddResponseName(string name)
    {
        if (!ResponseNames.Contains(name))
        {
            ResponseNames.Add(name);
        }
    }

    public FetchDocument PrintDocument(OperationDefinitionNode operation, string? name, out List<string> forwardedVariables)
    {
        var selection = new StringBuilder();
        var used = new HashSet<string>(StringComparer.Ordinal);
        Selections.Print(selection, used);

        var head = Kind != FetchKind.Root ? "query" : operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        if (name is not null)
        {
            head += " " + name;
        }

        var entityDeclarations = new List<(string Name, string Type)>();
        foreach (var variable in EntityVariables)
        {
            used.Remove(variable.Name);
            entityDeclarations.Add((variable.Name, SyntaxPrinter.Print(variable.Type)));
        }

        forwardedVariables = [];
        var forwardedDeclarations = new List<string>();
        foreach (var definition in operation.VariableDefinitions)
        {
            var variableName = definition.Variable.Name.Value;
            if (used.Contains(variableName))
            {
                forwardedVariables.Add(variableName);
                var declaration = "$" + variableName + ": " + SyntaxPrinter.Print(definition.Type);
                if (definition.DefaultValue is not null)
                {
                    declaration += " = " + SyntaxPrinter.Print(definition.DefaultValue);
                }

                forwardedDeclarations.Add(declaration);
            }
        }

        var lookupArguments = new List<(string Argument, string Variable)>();
        if (Kind == FetchKind.Entity)
        {
            for (var i = 0; i < Lookup!.Arguments.Count; i++)
            {
                lookupArguments.Add((Lookup.Arguments[i].Name, EntityVariables[i].Name));
            }
        }

        return new FetchDocument(head, entityDeclarations, forwardedDeclarations, Kind == FetchKind.Entity ? Lookup!.FieldName : null, lookupArguments, selection.ToString());
    }
}
