using Gql.Language;

namespace Gql.Federation;

/// <summary>
/// Resolves <c>Query._entities(representations:)</c> (Apollo Federation subgraph spec): each
/// representation goes to a lookup of its <c>__typename</c>. Every lookup is started before any is
/// awaited, so lookups that use a DataLoader load all N keys in one batch.
/// </summary>
internal static class EntitiesResolver
{
    public static async ValueTask<object?> ResolveAsync(IResolverContext context)
    {
        var representations = context.Arguments.TryGetValue("representations", out var value) && value is IEnumerable<object?> list
            ? list.ToList()
            : [];
        var path = context.Path;
        var locations = context.FieldNodes.Count > 0 && context.FieldNodes[0].Location is { } location
            ? new[] { new ErrorLocation(location.Line, location.Column) }
            : null;

        var pending = new (ValueTask<object?> Task, ObjectType? Type, IReadOnlyDictionary<string, object?>? Fields, Exception? Error)[representations.Count];
        for (var i = 0; i < representations.Count; i++)
        {
            pending[i] = Start(context, representations[i]);
        }

        var results = new object?[representations.Count];
        for (var i = 0; i < pending.Length; i++)
        {
            var (task, type, fields, error) = pending[i];
            if (error is null)
            {
                try
                {
                    results[i] = await task.ConfigureAwait(false);
                    ResolvedEntities.Remember(context, results[i], type!, fields);
                    continue;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    error = ex;
                }
            }

            context.ReportError(ToError(error, locations, path.Append(i).ToList()));
        }

        return results;
    }

    private static (ValueTask<object?> Task, ObjectType? Type, IReadOnlyDictionary<string, object?>? Fields, Exception? Error) Start(IResolverContext context, object? representation)
    {
        try
        {
            var fields = representation as IReadOnlyDictionary<string, object?>
                ?? throw Invalid("A representation must be an object with a \"__typename\" field.");
            var typeName = fields.TryGetValue("__typename", out var name) && name is string text
                ? text
                : throw Invalid("A representation must have a \"__typename\" string field.");
            var type = context.Schema.GetType(typeName) as ObjectType;
            if (type is null || context.Schema.GetType("_Entity") is not UnionType entities || !entities.Types.Contains(type))
            {
                throw Invalid($"The representation's __typename \"{typeName}\" is not an entity type (with @key) of this subgraph.");
            }

            return (LookupInvoker.ResolveAsync(context, type, fields), type, fields, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (default, null, null, ex);
        }
    }

    private static GraphQLException Invalid(string message)
        => new([GraphQLError.WithCode(message, FederationErrorCodes.InvalidRepresentation)]);

    private static GraphQLError ToError(Exception exception, IReadOnlyList<ErrorLocation>? locations, IReadOnlyList<object> path)
        => exception is GraphQLException { Errors.Count: > 0 } graphQLException
            ? graphQLException.Errors[0] with { Locations = graphQLException.Errors[0].Locations ?? locations, Path = path }
            : new GraphQLError(exception.Message, locations, path, new Dictionary<string, object?> { ["code"] = ErrorCodes.ResolverError });
}
