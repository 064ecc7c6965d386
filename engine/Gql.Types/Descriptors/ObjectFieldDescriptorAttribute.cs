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

    public abstract void OnConfigure(ObjectFieldDescriptor descriptor);
}
