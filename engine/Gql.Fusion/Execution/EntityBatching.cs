namespace Gql.Fusion.Execution;

/// <summary>How one entity fetch asks a subgraph for several entities in one request.</summary>
public enum EntityBatching
{
    /// <summary>
    /// One operation with the lookup field once per entity under aliases (<c>_0: productById(id: $__fusion_id_0)</c>):
    /// the subgraph resolves them in one execution, so its DataLoaders load them in one batch.
    /// </summary>
    Aliases,

    /// <summary>
    /// The same operation with a <c>variables</c> array (GraphQL over HTTP variable batching; the
    /// response is an array of results). Our servers run the variable sets one after another.
    /// </summary>
    VariableBatching,
}
