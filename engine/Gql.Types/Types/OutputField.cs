using Gql.Language.Syntax;
using Gql.Types.Resolvers;

namespace Gql.Types;

/// <summary>A field of an object or interface type, with its arguments and resolver.</summary>
public sealed class OutputField(string name, IType type) : IHasName
{
    public string Name { get; } = name;

    public IType Type { get; set; } = type;

    public string? Description { get; set; }

    public FieldCollection<Argument> Arguments { get; } = new();

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public List<DirectiveNode> Directives { get; } = [];

    /// <summary>Produces the field's value. When null, the default resolver reads a property or dictionary entry.</summary>
    public FieldResolverDelegate? Resolver { get; set; }

    /// <summary>For subscription root fields: produces the source event stream (spec section 6.2.3.1).</summary>
    public SubscribeResolverDelegate? Subscriber { get; set; }

    public Dictionary<string, object?> ContextData { get; } = [];

    /// <summary>The SDL the field came from, when it was built from SDL.</summary>
    public FieldDefinitionNode? SyntaxNode { get; set; }

    public override string ToString() => Name;
}
