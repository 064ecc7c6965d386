namespace Gql.Types;

/// <summary>
/// An object or interface type declared from a C# type, handed to <see cref="ObjectTypeDescriptorAttribute"/>s.
/// <see cref="Fields"/> are the fields this C# type declared (for a type extension class, only its own).
/// </summary>
public sealed class ObjectTypeDescriptor(IDescriptorContext context, ComplexOutputType type, Type clrType, IReadOnlyList<OutputField> fields)
{
    public IDescriptorContext Context { get; } = context;

    public ComplexOutputType Type { get; } = type;

    public Type ClrType { get; } = clrType;

    public IReadOnlyList<OutputField> Fields { get; } = fields;
}
