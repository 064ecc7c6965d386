using Gql.Fusion.Composition.Merging;

namespace Gql.Fusion.Composition.Rules;

/// <summary>
/// IMPLEMENTED_BY_INACCESSIBLE: an object field that implements a public interface field cannot be
/// <c>@inaccessible</c>, or the public object type would break the interface's contract.
/// </summary>
internal sealed class ImplementedByInaccessibleRule : IPostMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, MergeResult merged, CompositionLog log)
    {
        var publicInterfaces = merged.PublicDocument.Definitions
            .OfType<InterfaceTypeDefinitionNode>()
            .ToDictionary(i => i.Name.Value, i => i.Fields.Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var publicTypes = merged.PublicDocument.Definitions.OfType<ObjectTypeDefinitionNode>().Select(t => t.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var schema in schemas)
        {
            foreach (var type in schema.Types.OfType<ObjectType>().Where(t => publicTypes.Contains(t.Name)))
            {
                foreach (var field in type.Fields.Where(f => DirectiveReader.IsInaccessible(f.Directives)))
                {
                    var implemented = type.Interfaces.FirstOrDefault(i => publicInterfaces.TryGetValue(i.Name, out var fields) && fields.Contains(field.Name));
                    if (implemented is not null)
                    {
                        log.Error(
                            CompositionErrorCodes.ImplementedByInaccessible,
                            $"The field '{Coordinates.Of(type, field)}' in schema '{schema.Name}' implements the public interface field '{implemented.Name}.{field.Name}' and must not be inaccessible.",
                            schema.Name,
                            Coordinates.Of(type, field));
                    }
                }
            }
        }
    }
}
