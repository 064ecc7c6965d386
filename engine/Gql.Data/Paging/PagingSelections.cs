using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.Data;

/// <summary>What the client selected on a paging field's connection or segment.</summary>
internal static class PagingSelections
{
    public static bool IsSelected(IResolverContext context, string fieldName)
        => context.Field.Type.NamedType() is ObjectType type && context.GetSelections(type).Any(s => s.Field.Name == fieldName);
}
