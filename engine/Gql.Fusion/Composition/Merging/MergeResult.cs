using Gql.Fusion.Metadata;

namespace Gql.Fusion.Composition.Merging;

/// <summary>What the merge stage produces: the public schema's SDL document and the execution metadata of every output type.</summary>
internal sealed record MergeResult(DocumentNode PublicDocument, IReadOnlyList<CompositeType> Types)
{
    public CompositeType? Find(string typeName) => Types.FirstOrDefault(t => t.Name == typeName);
}
