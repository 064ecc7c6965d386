namespace Gql.Fusion.Execution.InPlace;

/// <summary>How a fetch's request was sent, so its answer is read the same way when merged in place or replayed.</summary>
internal enum EntityRequestKind : byte
{
    Root,

    /// <summary>One entity: the lookup field answers it.</summary>
    Single,

    /// <summary>Several entities under aliases <c>_0</c>, <c>_1</c>, ... of one operation.</summary>
    AliasBatch,

    /// <summary>Several variable sets: the response is an array of results.</summary>
    VariableBatch,

    /// <summary>A batch lookup: the lookup field answers a list in key order.</summary>
    BatchLookup,
}
