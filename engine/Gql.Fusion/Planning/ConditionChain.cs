using Gql.Language.Syntax;

namespace Gql.Fusion.Planning;

/// <summary>The directives (<c>@skip</c>/<c>@include</c>) of the fragments a field was spread through, innermost last.</summary>
internal sealed class ConditionChain(ConditionChain? outer, IReadOnlyList<DirectiveNode> directives)
{
    public ConditionChain? Outer { get; } = outer;

    public IReadOnlyList<DirectiveNode> Directives { get; } = directives;
}
