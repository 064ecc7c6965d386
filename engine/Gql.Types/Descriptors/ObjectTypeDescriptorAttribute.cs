namespace Gql.Types;

/// <summary>
/// Base class of attributes that configure an object or interface type declared by a C# type
/// ([Key], [Node], [Authorize] on a class, ...). They run after the type's own fields are added.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = true, Inherited = true)]
public abstract class ObjectTypeDescriptorAttribute(int order = 0) : Attribute, IObjectTypeDescriptorAttribute
{
    public int Order { get; } = order;

    public abstract void OnConfigure(ObjectTypeDescriptor descriptor);
}
