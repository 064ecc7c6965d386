namespace Gql.Fusion.Composition.Rules;

/// <summary>A rule of the "Pre Merge Validation" stage: sees every source schema, each as a separate schema.</summary>
internal interface IPreMergeRule
{
    void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log);
}
