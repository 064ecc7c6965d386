using System.Runtime.CompilerServices;

namespace Gql.Federation;

/// <summary>
/// What the federation attributes of one schema being built found: the entity types (those with
/// <c>@key</c>), and the <c>_Entity</c> union once Apollo Federation asked for it.
/// </summary>
internal sealed class FederationRegistry
{
    private static readonly ConditionalWeakTable<IDescriptorContext, FederationRegistry> Registries = new();

    private readonly List<ObjectType> _entities = [];
    private UnionType? _entityUnion;

    public IReadOnlyList<ObjectType> Entities => _entities;

    public static FederationRegistry For(IDescriptorContext context) => Registries.GetOrCreateValue(context);

    public void AddEntity(ObjectType type)
    {
        if (_entities.Contains(type))
        {
            return;
        }

        _entities.Add(type);
        _entityUnion?.Types.Add(type);
    }

    /// <summary>The <c>_Entity</c> union: every entity type found so far and every one found later.</summary>
    public UnionType GetEntityUnion(IDescriptorContext context)
    {
        if (_entityUnion is null)
        {
            _entityUnion = context.GetOrAddType("_Entity", () => new UnionType("_Entity"));
            _entityUnion.Types.AddRange(_entities.Where(e => !_entityUnion.Types.Contains(e)));
        }

        return _entityUnion;
    }
}
