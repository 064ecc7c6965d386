namespace Gql.Federation;

/// <summary>
/// Fills a <c>@require</c> argument that the query did not give from the <c>_entities</c>
/// representation of the parent entity (Apollo Federation sends <c>@requires</c> fields there).
/// </summary>
internal static class RequiredArgumentResolver
{
    public static FieldResolverDelegate? Wrap(FieldResolverDelegate? next, Argument argument, IReadOnlyList<string> path)
    {
        if (next is null)
        {
            return null;
        }

        return context =>
        {
            if (context.Arguments.TryGetValue(argument.Name, out var given) && given is not null
                || ResolvedEntities.GetRepresentation(context, context.ParentValue) is not { } representation
                || !LookupInvoker.TryGetPath(representation, path, out var value))
            {
                return next(context);
            }

            var arguments = new Dictionary<string, object?>(context.Arguments, StringComparer.Ordinal)
            {
                [argument.Name] = LookupInvoker.CoerceArgument(context.ObjectType, context.Field, argument, path, value),
            };
            return next(new FieldResolverContext(context, context.ObjectType, context.Field, arguments));
        };
    }
}
