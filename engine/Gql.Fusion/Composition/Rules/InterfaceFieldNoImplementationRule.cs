using Gql.Fusion.Composition.Merging;

namespace Gql.Fusion.Composition.Rules;

/// <summary>INTERFACE_FIELD_NO_IMPLEMENTATION: a merged object type has every public field of the interfaces it implements.</summary>
internal sealed class InterfaceFieldNoImplementationRule : IPostMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, MergeResult merged, CompositionLog log)
    {
        var interfaces = merged.PublicDocument.Definitions.OfType<InterfaceTypeDefinitionNode>().ToDictionary(i => i.Name.Value, StringComparer.Ordinal);
        foreach (var type in merged.PublicDocument.Definitions.OfType<ObjectTypeDefinitionNode>())
        {
            var fields = type.Fields.Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var implemented in type.Interfaces.Select(i => interfaces.GetValueOrDefault(i.Name.Value)).OfType<InterfaceTypeDefinitionNode>())
            {
                foreach (var missing in implemented.Fields.Where(f => !fields.Contains(f.Name.Value)))
                {
                    var schema = merged.Find(type.Name.Value)?.Subgraphs.FirstOrDefault();
                    log.Error(
                        CompositionErrorCodes.InterfaceFieldNoImplementation,
                        $"The merged object type '{type.Name.Value}' must implement the field '{missing.Name.Value}' on interface '{implemented.Name.Value}'.",
                        schema,
                        $"{type.Name.Value}.{missing.Name.Value}");
                }
            }
        }
    }
}
