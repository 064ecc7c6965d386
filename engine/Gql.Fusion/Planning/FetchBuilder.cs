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

    public string PrintDocument(OperationDefinitionNode operation, string? name, out List<string> forwardedVariables)
    {
        var body = new StringBuilder();
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (Kind == FetchKind.Entity)
        {
            body.Append('{').Append(Lookup!.FieldName).Append('(');
            for (var i = 0; i < Lookup.Arguments.Count; i++)
            {
                if (i > 0)
                {
                    body.Append(", ");
                }

                body.Append(Lookup.Arguments[i].Name).Append(": $").Append(EntityVariables[i].Name);
            }

            body.Append(") ");
            Selections.Print(body, used);
            body.Append('}');
        }
        else
        {
            Selections.Print(body, used);
        }

        var text = new StringBuilder();
        text.Append(Kind != FetchKind.Root ? "query" : operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        });
        if (name is not null)
        {
            text.Append(' ').Append(name);
        }

        var declarations = new List<string>();
        foreach (var variable in EntityVariables)
        {
            used.Remove(variable.Name);
            declarations.Add("$" + variable.Name + ": " + SyntaxPrinter.Print(variable.Type));
        }

        forwardedVariables = [];
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

                declarations.Add(declaration);
            }
        }

        if (declarations.Count > 0)
        {
            text.Append('(').Append(string.Join(", ", declarations)).Append(')');
        }

        return text.Append(' ').Append(body).ToString();
    }
}
