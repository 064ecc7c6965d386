namespace Gql.Fusion.Planning;

public enum FetchKind
{
    /// <summary>Root fields of the operation, sent to one subgraph.</summary>
    Root,

    /// <summary>Fields of entities found at a path of earlier results, fetched through a lookup.</summary>
    Entity,
}
