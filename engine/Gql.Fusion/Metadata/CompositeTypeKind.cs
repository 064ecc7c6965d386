namespace Gql.Fusion.Metadata;

/// <summary>The kinds of output types the planner walks through.</summary>
public enum CompositeTypeKind
{
    Object,
    Interface,
    Union,
}
