namespace Gql.Validation;

/// <summary>What a rule's visitor wants after entering a node (graphql-js: returning <c>false</c> skips the subtree).</summary>
public enum VisitAction
{
    /// <summary>Visit the node's children.</summary>
    Continue,

    /// <summary>Do not call this visitor for the node's children nor for its leave.</summary>
    SkipChildren,
}
