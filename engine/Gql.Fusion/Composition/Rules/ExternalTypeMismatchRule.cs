namespace Gql.Fusion.Composition.Rules;

/// <summary>EXTERNAL_TYPE_MISMATCH: an <c>@external</c> field has exactly the type of the field it stands for.</summary>
internal sealed class ExternalTypeMismatchRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        foreach (var pair in ExternalDeclaration.All(schemas).Where(p => !TypeShapes.SameType(p.Base.Type, p.External.Type)))
        {
            log.Error(
                CompositionErrorCodes.ExternalTypeMismatch,
                $"The external field '{pair.Coordinate}' in schema '{pair.Schema.Name}' has the type {pair.External.Type.Print()}, but the field is {pair.Base.Type.Print()} in schema '{pair.BaseSchema.Name}'.",
                pair.Schema.Name,
                pair.Coordinate);
        }
    }
}
