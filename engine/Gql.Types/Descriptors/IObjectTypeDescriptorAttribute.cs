namespace Gql.Types;

/// <summary>
/// An attribute that configures the object or interface type declared by the C# class, struct or
/// interface it is placed on (also a type extension class: then only the fields that class declares).
/// <see cref="ObjectTypeDescriptorAttribute"/> is the usual base class; an attribute that must also
/// derive from another base (<c>[Authorize]</c> works on members and on classes) implements this instead.
/// </summary>
public interface IObjectTypeDescriptorAttribute
{
    /// <summary>Attributes on one type run in ascending order.</summary>
    int Order { get; }

    void OnConfigure(ObjectTypeDescriptor descriptor);
}
