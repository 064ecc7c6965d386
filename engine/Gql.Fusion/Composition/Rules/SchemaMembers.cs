namespace Gql.Fusion.Composition.Rules;

/// <summary>Enumerations over the members of a source schema that several rules share.</summary>
internal static class SchemaMembers
{
    /// <summary>Every field of every object and interface type.</summary>
    public static IEnumerable<(ComplexOutputType Type, OutputField Field)> Fields(SourceSchema schema)
        => schema.ComplexTypes.SelectMany(t => t.Fields.Select(f => (t, f)));

    /// <summary>Every field annotated with <c>@lookup</c>.</summary>
    public static IEnumerable<(ComplexOutputType Type, OutputField Field)> Lookups(SourceSchema schema)
        => Fields(schema).Where(m => DirectiveReader.IsLookup(m.Field.Directives));

    /// <summary>Every argument of every field.</summary>
    public static IEnumerable<(ComplexOutputType Type, OutputField Field, Argument Argument)> Arguments(SourceSchema schema)
        => Fields(schema).SelectMany(m => m.Field.Arguments.Select(a => (m.Type, m.Field, a)));
}
