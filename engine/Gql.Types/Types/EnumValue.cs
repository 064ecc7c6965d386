using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>One value of an enum type.</summary>
public sealed class EnumValue(string name, object runtimeValue)
{
    public string Name { get; } = name;

    /// <summary>What resolvers receive and return for this value (a CLR enum member, or the name).</summary>
    public object RuntimeValue { get; } = runtimeValue;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>The SDL the value came from, when it was built from SDL.</summary>
    public EnumValueDefinitionNode? SyntaxNode { get; set; }

    public Dictionary<string, object?> ContextData { get; } = [];

    public override string ToString() => Name;
}
