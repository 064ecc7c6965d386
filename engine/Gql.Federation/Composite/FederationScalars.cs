namespace Gql.Federation;

/// <summary>The scalars the federation directives use, shared by every member of one schema being built.</summary>
internal static class FederationScalars
{
    public static ScalarType Get(IDescriptorContext context, string name)
        => name is FederationDirectiveNames.FieldSelectionSet or FederationDirectiveNames.FieldSelectionMap
            ? context.GetOrAddType<ScalarType>(name, () => new SdlScalarType(name))
            : context.GetScalar(name);
}
