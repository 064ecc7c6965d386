using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>An argument or an input object field: a name, a type and an optional default.</summary>
public abstract class InputValue(string name, IType type) : IHasName
{
    public string Name { get; } = name;

    public IType Type { get; set; } = type;

    public string? Description { get; set; }

    /// <summary>The default as a literal (what introspection prints), or null when there is none.</summary>
    public ValueNode? DefaultValue { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>The CLR type resolvers expect for this value, when known (code-first).</summary>
    public Type? RuntimeType { get; set; }

    public Dictionary<string, object?> ContextData { get; } = [];

    /// <summary>The SDL the value came from, when it was built from SDL.</summary>
    public InputValueDefinitionNode? SyntaxNode { get; set; }

    public override string ToString() => Name;
}
