namespace Gql.Data;

/// <summary>
/// <c>[IsProjected(true)]</c>: projections always select this property (a resolver of another field needs
/// it); <c>[IsProjected(false)]</c>: never, even when selected.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class IsProjectedAttribute(bool projected) : Attribute
{
    public bool Projected { get; } = projected;
}
