namespace Gql.Types;

/// <summary>A schema member with a name, kept in a <see cref="FieldCollection{T}"/>.</summary>
public interface IHasName
{
    string Name { get; }
}
