using Gql.Fusion.Composition.Model;

namespace Gql.Fusion.Composition.Merging;

/// <summary>What the merge stage produces: the public schema's SDL document and the execution metadata of every type.</summary>
internal sealed record MergeResult(DocumentNode PublicDocument, IReadOnlyDictionary<string, ComposedType> Types);
