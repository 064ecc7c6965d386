namespace Gql.Types;

/// <summary>
/// Base class of attributes that configure a field declared by a C# member ([UsePaging],
/// [UseFiltering], [Authorize], ...). Attributes on one member apply in source order: derived
/// attributes pass <c>[CallerLineNumber]</c> as <paramref name="order"/>, because reflection does
/// not keep declaration order.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class ObjectFieldDescriptorAttribute(int order = 0) : Attribute
{
    public int Order { get; } = order;

    /// <summary>
    /// True when the attribute sets <see cref="ObjectFieldDescriptor.Field"/>'s type itself (paging sets a
    /// connection type), so the member's CLR return type is not turned into GraphQL types.
    /// </summary>
    public virtual bool SetsFieldType => false;

    public abstract void OnConfigure(ObjectFieldDescriptor descriptor);
}
