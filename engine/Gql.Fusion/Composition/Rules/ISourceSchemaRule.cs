namespace Gql.Fusion.Composition.Rules;

/// <summary>A rule of the "Validate Source Schemas" phase: checks one source schema on its own.</summary>
internal interface ISourceSchemaRule
{
    void Validate(SourceSchema schema, CompositionLog log);
}
