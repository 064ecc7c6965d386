using System.Reflection;

namespace Gql.Data;

/// <summary>The properties a projection reads of one CLR type; a property with a child tree is projected member by member.</summary>
internal sealed class ProjectionTree(Type type)
{
    private readonly Dictionary<PropertyInfo, ProjectionTree?> _members = [];

    public Type Type { get; } = type;

    public IReadOnlyDictionary<PropertyInfo, ProjectionTree?> Members => _members;

    /// <summary>Reads the whole value of the property.</summary>
    public void AddWhole(PropertyInfo property) => _members[property] = null;

    /// <summary>The tree of the property's type (or item type); null when the whole value is already read.</summary>
    public ProjectionTree? GetOrAddChild(PropertyInfo property, Type childType)
    {
        if (_members.TryGetValue(property, out var existing))
        {
            return existing;
        }

        var child = new ProjectionTree(childType);
        _members[property] = child;
        return child;
    }
}
