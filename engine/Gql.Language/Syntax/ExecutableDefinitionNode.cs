namespace Gql.Language.Syntax;

/// <summary>An operation or a fragment definition.</summary>
public abstract record ExecutableDefinitionNode(Location? Location) : DefinitionNode(Location)
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; init; }

    public abstract SelectionSetNode SelectionSet { get; init; }
}
