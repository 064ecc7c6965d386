namespace Gql.Fusion.Composition.Model;

/// <summary>Execution metadata of one field of a composed object or interface type.</summary>
internal sealed class ComposedField(string typeName, string name, bool isPublic)
{
    public string TypeName { get; } = typeName;

    public string Name { get; } = name;

    /// <summary>Whether the field is part of the public schema.</summary>
    public bool IsPublic { get; } = isPublic;

    /// <summary>Each source schema that declares the field, in composition order (<c>@external</c> declarations included, flagged).</summary>
    public List<ComposedFieldSource> Sources { get; } = [];

    /// <summary>The schemas that resolve the field themselves (not <c>@external</c>, not overridden away).</summary>
    public IEnumerable<ComposedFieldSource> Resolvers => Sources.Where(s => s.CanResolve);

    public string Coordinate => TypeName + "." + Name;

    public override string ToString() => Coordinate;
}
