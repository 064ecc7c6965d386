namespace Gql.AspNetCore;

internal enum BodyKind
{
    /// <summary>The body was answered with an error already.</summary>
    Rejected,
    Single,
    Batch,
}
