using Gql.Federation;

namespace Gql.Fusion.Composition;

/// <summary>A parsed, valid source schema: the subgraph's name and its schema model (applied directives kept).</summary>
internal sealed class SourceSchema(string name, Schema schema)
{
    private static readonly HashSet<string> SelectionScalars =
        [FederationDirectiveNames.FieldSelectionSet, FederationDirectiveNames.FieldSelectionMap];

    public string Name { get; } = name;

    public Schema Schema { get; } = schema;

    /// <summary>The types the subgraph defines (no specified scalars, introspection or selection scalars).</summary>
    public IEnumerable<NamedType> Types
        => Schema.Types.Values.Where(t => SchemaPrinter.IsDefinedType(t) && !SelectionScalars.Contains(t.Name));

    public IEnumerable<ComplexOutputType> ComplexTypes => Types.OfType<ComplexOutputType>();

    public bool IsRootType(NamedType type)
        => ReferenceEquals(type, Schema.QueryType) || ReferenceEquals(type, Schema.MutationType) || ReferenceEquals(type, Schema.SubscriptionType);

    public override string ToString() => Name;
}
