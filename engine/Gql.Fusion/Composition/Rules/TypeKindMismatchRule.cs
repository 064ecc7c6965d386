namespace Gql.Fusion.Composition.Rules;

/// <summary>TYPE_KIND_MISMATCH: a type name means the same kind of type in every source schema.</summary>
internal sealed class TypeKindMismatchRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        foreach (var (name, types) in SourceTypeGroups.Build(schemas))
        {
            var first = types[0];
            foreach (var other in types.Skip(1).Where(t => t.Type.Kind != first.Type.Kind))
            {
                log.Error(
                    CompositionErrorCodes.TypeKindMismatch,
                    $"The type '{name}' has a different kind in schema '{first.Schema.Name}' ({Describe(first.Type.Kind)}) than it does in schema '{other.Schema.Name}' ({Describe(other.Type.Kind)}).",
                    other.Schema.Name,
                    name);
            }
        }
    }

    private static string Describe(TypeKind kind) => kind switch
    {
        TypeKind.Object => "object",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        TypeKind.InputObject => "input object",
        _ => "scalar",
    };
}
