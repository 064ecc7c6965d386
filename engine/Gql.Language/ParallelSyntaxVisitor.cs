using Gql.Language.Syntax;

namespace Gql.Language;

/// <summary>
/// Drives several visitors in one walk (graphql-js <c>visitInParallel</c>): each may skip a
/// subtree or break on its own without affecting the others. All see the same ancestors.
/// </summary>
public sealed class ParallelSyntaxVisitor : SyntaxVisitor
{
    private static readonly SyntaxNode s_stopped = new NameNode(null, string.Empty);
    private readonly SyntaxVisitor[] _visitors;
    private readonly SyntaxNode?[] _skipping;

    public ParallelSyntaxVisitor(IEnumerable<SyntaxVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = [.. visitors];
        _skipping = new SyntaxNode?[_visitors.Length];
        var ancestors = (List<SyntaxNode>)Ancestors;
        foreach (var visitor in _visitors)
        {
            visitor.ShareAncestors(ancestors);
        }
    }

    protected internal override VisitorAction Enter(SyntaxNode node)
    {
        if (Ancestors.Count == 0)
        {
            Array.Clear(_skipping);
        }

        var active = false;
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null)
            {
                active |= _skipping[i] != s_stopped;
                continue;
            }

            switch (_visitors[i].Enter(node))
            {
                case VisitorAction.Skip:
                    _skipping[i] = node;
                    active = true;
                    break;
                case VisitorAction.Break:
                    _skipping[i] = s_stopped;
                    break;
                default:
                    active = true;
                    break;
            }
        }

        return active ? VisitorAction.Continue : VisitorAction.Break;
    }

    protected internal override VisitorAction Leave(SyntaxNode node)
    {
        var active = false;
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is null)
            {
                if (_visitors[i].Leave(node) == VisitorAction.Break)
                {
                    _skipping[i] = s_stopped;
                }
                else
                {
                    active = true;
                }
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
                active = true;
            }
            else
            {
                active |= _skipping[i] != s_stopped;
            }
        }

        return active ? VisitorAction.Continue : VisitorAction.Break;
    }
}
