namespace Gql.Types;

/// <summary>An object or interface type: a type with output fields that may implement interfaces.</summary>
public abstract class ComplexOutputType(string name) : NamedType(name)
{
    public FieldCollection<OutputField> Fields { get; } = new();

    public List<InterfaceType> Interfaces { get; } = [];

    public bool Implements(InterfaceType interfaceType)
    {
        foreach (var implemented in Interfaces)
        {
            if (ReferenceEquals(implemented, interfaceType))
            {
                return true;
            }
        }

        return false;
    }
}
