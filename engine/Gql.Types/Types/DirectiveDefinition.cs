using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>A directive the schema declares (spec section 3.13).</summary>
public sealed class DirectiveDefinition(string name) : IHasName
{
    public string Name { get; } = name;

    public string? Description { get; set; }

    public FieldCollection<Argument> Arguments { get; } = new();

    public List<DirectiveLocation> Locations { get; } = [];

    public bool IsRepeatable { get; set; }

    /// <summary>Why the directive should no longer be used (graphql-js 16.15 directive deprecation), or null.</summary>
    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied to the directive definition.</summary>
    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>The SDL the directive came from, when it was built from SDL.</summary>
    public DirectiveDefinitionNode? SyntaxNode { get; set; }

    public Dictionary<string, object?> ContextData { get; } = [];

    public override string ToString() => "@" + Name;
}
