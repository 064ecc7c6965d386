namespace Gql.Fusion.Composition.Model;

/// <summary>
/// Execution metadata of one composed type: which source schemas define it, its fields with the
/// schemas that resolve each, and (for entities) the keys and lookups each schema offers.
/// </summary>
internal sealed class ComposedType(string name, TypeKind kind, bool isPublic)
{
    public string Name { get; } = name;

    public TypeKind Kind { get; } = kind;

    /// <summary>Whether the type is part of the public schema (not <c>@inaccessible</c>, not only <c>@internal</c>).</summary>
    public bool IsPublic { get; } = isPublic;

    /// <summary>The source schemas that define the type, in composition order.</summary>
    public List<string> Sources { get; } = [];

    /// <summary>Object and interface fields by name, in the order the public schema prints them (non-public fields last).</summary>
    public Dictionary<string, ComposedField> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>@key</c>s of the type per source schema.</summary>
    public List<ComposedKey> Keys { get; } = [];

    /// <summary>The lookups that resolve this (object) type by key, per source schema.</summary>
    public List<ComposedLookup> Lookups { get; } = [];

    public IEnumerable<ComposedLookup> LookupsIn(string schemaName) => Lookups.Where(l => l.SchemaName == schemaName);

    public override string ToString() => Name;
}
