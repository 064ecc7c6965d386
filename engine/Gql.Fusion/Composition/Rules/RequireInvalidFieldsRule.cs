using Gql.Federation;
using Gql.Fusion.Composition.Merging;

namespace Gql.Fusion.Composition.Rules;

/// <summary>REQUIRE_INVALID_FIELDS: every field a <c>@require</c> map reads exists on the composed parent type.</summary>
internal sealed class RequireInvalidFieldsRule : IPostMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, MergeResult merged, CompositionLog log)
    {
        foreach (var schema in schemas)
        {
            foreach (var usage in MappedArgument.All(schema, FederationDirectiveNames.Require).Where(a => a.Map is not null))
            {
                foreach (var path in usage.Map!.Paths)
                {
                    if (FindMissing(schemas, usage.Type.Name, path) is { } missing)
                    {
                        log.Error(
                            CompositionErrorCodes.RequireInvalidFields,
                            $"The @require directive on argument '{usage.Coordinate}' in schema '{schema.Name}' specifies the field '{missing}', which no source schema defines (field: \"{usage.Text}\").",
                            schema.Name,
                            usage.Coordinate);
                    }
                }
            }
        }
    }

    /// <summary>Walks the path over the union of the source schemas' definitions of each type.</summary>
    private static string? FindMissing(IReadOnlyList<SourceSchema> schemas, string typeName, IReadOnlyList<string> path)
    {
        foreach (var segment in path)
        {
            var field = schemas
                .Select(s => s.Schema.GetType(typeName))
                .OfType<ComplexOutputType>()
                .Select(t => t.Fields[segment])
                .FirstOrDefault(f => f is not null);
            if (field is null)
            {
                return typeName + "." + segment;
            }

            typeName = field.Type.NamedType().Name;
        }

        return null;
    }
}
