using Gql.Federation;
using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Composition.Rules;

/// <summary>IS_INVALID_FIELDS: the fields an <c>@is</c> map selects exist on the lookup's return type.</summary>
internal sealed class IsInvalidFieldsRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        foreach (var usage in MappedArgument.All(schema, FederationDirectiveNames.Is).Where(a => a.Map is not null && DirectiveReader.IsLookup(a.Field.Directives)))
        {
            var returned = usage.Field.Type.NamedType();
            foreach (var path in usage.Map!.Paths)
            {
                if (FieldPaths.FindMissing(schema.Schema, returned, path) is { } missing)
                {
                    var coordinate = usage.Coordinate;
                    log.Error(
                        CompositionErrorCodes.IsInvalidFields,
                        $"The @is directive on argument '{coordinate}' in schema '{schema.Name}' specifies the field '{missing}', which does not exist (field: \"{usage.Text}\").",
                        schema.Name,
                        coordinate);
                }
            }
        }
    }
}
