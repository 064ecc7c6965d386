using System.Text;
using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Fusion.Planning;

/// <summary>A selection set of a subgraph operation being planned, printed once the plan is complete.</summary>
internal sealed class SelectionBuilder
{
    private readonly List<object> _items = [];
    private Dictionary<string, FieldItem>? _internal;

    public bool IsEmpty => _items.Count == 0;

    public void Add(FieldItem field) => _items.Add(field);

    public void Add(FragmentItem fragment) => _items.Add(fragment);

    /// <summary>A gateway-internal field (key, requirement, <c>__typename</c>) is added once per alias.</summary>
    public bool TryGetInternal(string alias, out FieldItem field)
    {
        field = null!;
        return _internal is not null && _internal.TryGetValue(alias, out field!);
    }

    public void AddInternal(FieldItem field)
    {
        (_internal ??= new Dictionary<string, FieldItem>(StringComparer.Ordinal))[field.Alias ?? field.Name] = field;
        _items.Add(field);
    }

    /// <summary>Prints <c>{ ... }</c> and collects the variables the selections use.</summary>
    public void Print(StringBuilder text, HashSet<string> variables)
    {
        text.Append('{');
        var first = true;
        foreach (var item in _items)
        {
            if (!first)
            {
                text.Append(' ');
            }

            first = false;
            switch (item)
            {
                case FieldItem field:
                    field.Print(text, variables);
                    break;
                case FragmentItem fragment:
                    fragment.Print(text, variables);
                    break;
            }
        }

        text.Append('}');
    }

    internal static void PrintDirectives(IReadOnlyList<DirectiveNode> directives, StringBuilder text, HashSet<string> variables)
    {
        foreach (var directive in directives)
        {
            text.Append(' ').Append(SyntaxPrinter.PrintCompact(directive));
            foreach (var argument in directive.Arguments)
            {
                CollectVariables(argument.Value, variables);
            }
        }
    }

    internal static void CollectVariables(ValueNode value, HashSet<string> variables)
    {
        switch (value)
        {
            case VariableNode variable:
                variables.Add(variable.Name.Value);
                break;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    CollectVariables(item, variables);
                }

                break;
            case ObjectValueNode map:
                foreach (var field in map.Fields)
                {
                    CollectVariables(field.Value, variables);
                }

                break;
        }
    }

    internal sealed class FieldItem(string? alias, string name, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives)
    {
        public string? Alias { get; } = alias;

        public string Name { get; } = name;

        public IReadOnlyList<ArgumentNode> Arguments { get; set; } = arguments;

        public IReadOnlyList<DirectiveNode> Directives { get; } = directives;

        public SelectionBuilder? Selections { get; set; }

        public void Print(StringBuilder text, HashSet<string> variables)
        {
            if (Alias is not null)
            {
                text.Append(Alias).Append(": ");
            }

            text.Append(Name);
            if (Arguments.Count > 0)
            {
                text.Append('(');
                for (var i = 0; i < Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(", ");
                    }

                    text.Append(Arguments[i].Name.Value).Append(": ").Append(SyntaxPrinter.PrintCompact(Arguments[i].Value));
                    CollectVariables(Arguments[i].Value, variables);
                }

                text.Append(')');
            }

            PrintDirectives(Directives, text, variables);
            if (Selections is not null)
            {
                text.Append(' ');
                Selections.Print(text, variables);
            }
        }
    }

    internal sealed class FragmentItem(string? typeCondition, IReadOnlyList<DirectiveNode> directives)
    {
        public SelectionBuilder Selections { get; } = new();

        public void Print(StringBuilder text, HashSet<string> variables)
        {
            text.Append("...");
            if (typeCondition is not null)
            {
                text.Append(" on ").Append(typeCondition);
            }

            PrintDirectives(directives, text, variables);
            text.Append(' ');
            Selections.Print(text, variables);
        }
    }
}
