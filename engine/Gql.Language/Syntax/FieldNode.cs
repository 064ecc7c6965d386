namespace Gql.Language.Syntax;

public sealed record FieldNode(Location? Location, NameNode? Alias, NameNode Name, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : SelectionNode(Location)
{
    // Most fields have no alias, arguments or directives: those three live in a second object only
    // when one of them is set (null stands for null, [] and []), so a plain field is 16 bytes
    // smaller and its parse stores two references fewer. Equality still compares all three.
    private Extras? _extras = Extras.Create(Alias, Arguments, Directives);

    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias
    {
        get => _extras?.Alias;
        init => _extras = Extras.Create(value, Arguments, Directives);
    }

    public IReadOnlyList<ArgumentNode> Arguments
    {
        get => _extras is { } extras ? extras.Arguments : Array.Empty<ArgumentNode>();
        init => _extras = Extras.Create(Alias, value, Directives);
    }

    public override IReadOnlyList<DirectiveNode> Directives
    {
        get => _extras is { } extras ? extras.Directives : Array.Empty<DirectiveNode>();
        init => _extras = Extras.Create(Alias, Arguments, value);
    }

    /// <summary>The key of this field in the response: the alias when present, else the name.</summary>
    public string ResponseName => Alias?.Value ?? Name.Value;

    private sealed record Extras(NameNode? Alias, IReadOnlyList<ArgumentNode> Arguments, IReadOnlyList<DirectiveNode> Directives)
    {
        // Only the shared empty arrays count as "none", so every other list keeps its identity.
        public static Extras? Create(NameNode? alias, IReadOnlyList<ArgumentNode> arguments, IReadOnlyList<DirectiveNode> directives)
            => alias is null && ReferenceEquals(arguments, Array.Empty<ArgumentNode>()) && ReferenceEquals(directives, Array.Empty<DirectiveNode>())
                ? null
                : new Extras(alias, arguments, directives);
    }
}
