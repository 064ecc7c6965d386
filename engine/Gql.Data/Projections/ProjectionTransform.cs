using Gql.Types;
using Gql.Types.Resolvers;

namespace Gql.Data;

/// <summary>Applies the projection of what the operation selected (through connection <c>nodes</c>/<c>edges.node</c> and segment <c>items</c>).</summary>
internal sealed class ProjectionTransform<T> : IQueryTransform
{
    public object? Apply(IResolverContext context, object? result)
    {
        if (!ProjectionBuilder.CanProject(typeof(T)) || result is not IQueryable<T> query || context.Field.Type.NamedType() is not ObjectType fieldType)
        {
            return result;
        }

        var tree = ProjectionBuilder.Collect(typeof(T), ItemSelections(context, fieldType));
        if (QueryOrdering.Find(query.Expression, typeof(T)) is { } ordering)
        {
            foreach (var key in ordering.Keys)
            {
                ProjectionBuilder.AddPath(tree, key.Selector.Body);
            }
        }

        return query.Select(ProjectionBuilder.Build<T>(tree));
    }

    private static IEnumerable<ISelection> ItemSelections(IResolverContext context, ObjectType fieldType)
    {
        if (fieldType.RuntimeType == typeof(Connection))
        {
            foreach (var selection in context.GetSelections(fieldType))
            {
                if (selection.Field.Name == "nodes" && selection.Field.Type.NamedType() is ObjectType nodeType)
                {
                    foreach (var nested in selection.GetSelections(nodeType))
                    {
                        yield return nested;
                    }
                }
                else if (selection.Field.Name == "edges" && selection.Field.Type.NamedType() is ObjectType edgeType)
                {
                    foreach (var edgeField in selection.GetSelections(edgeType))
                    {
                        if (edgeField.Field.Name == "node" && edgeField.Field.Type.NamedType() is ObjectType node)
                        {
                            foreach (var nested in edgeField.GetSelections(node))
                            {
                                yield return nested;
                            }
                        }
                    }
                }
            }
        }
        else if (fieldType.RuntimeType == typeof(CollectionSegment))
        {
            foreach (var selection in context.GetSelections(fieldType))
            {
                if (selection.Field.Name == "items" && selection.Field.Type.NamedType() is ObjectType itemType)
                {
                    foreach (var nested in selection.GetSelections(itemType))
                    {
                        yield return nested;
                    }
                }
            }
        }
        else
        {
            foreach (var selection in context.GetSelections(fieldType))
            {
                yield return selection;
            }
        }
    }
}
