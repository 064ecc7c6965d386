namespace Gql.Language;

/// <summary>What a <see cref="SyntaxVisitor"/> does after entering or leaving a node.</summary>
public enum VisitorAction
{
    /// <summary>Go on: visit the children (on enter) or the next node (on leave).</summary>
    Continue,

    /// <summary>On enter: do not visit the node's children and do not call leave for it.</summary>
    Skip,

    /// <summary>Stop the whole walk.</summary>
    Break,
}
