using System.Reflection;
namespace Gql.Types;

/// <summary>
/// An object or interface type declared from a C# type, handed to <see cref="ObjectTypeDescriptorAttribute"/>s.
/// <see cref="Fields"/> are the fields this C# type declared (for a type extension class, only its own),
/// <see cref="Members"/> the C# members that declared them (same order).
/// </summary>
public sealed class ObjectTypeDescriptor(
    IDescriptorContext context,
    ComplexOutputType type,
    Type clrType,
    IReadOnlyList<OutputField> fields,
    IReadOnlyList<MemberInfo> members)
{
    public IDescriptorContext Context { get; } = context;

    public ComplexOutputType Type { get; } = type;

    public Type ClrType { get; } = clrType;

    public IReadOnlyList<OutputField> Fields { get; } = fields;

    public IReadOnlyList<MemberInfo> Members { get; } = members;
}
