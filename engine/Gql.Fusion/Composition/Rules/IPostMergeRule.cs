using Gql.Fusion.Composition.Merging;

namespace Gql.Fusion.Composition.Rules;

/// <summary>A rule of the "Post Merge Validation" stage: checks the merged schema against the source schemas.</summary>
internal interface IPostMergeRule
{
    void Validate(IReadOnlyList<SourceSchema> schemas, MergeResult merged, CompositionLog log);
}
