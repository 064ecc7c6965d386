using Gql.Language;
using Gql.Types.CodeFirst;

namespace Gql.Federation;

/// <summary>
/// Resolves <c>node(id:)</c> and <c>nodes(ids:)</c>: decodes each global id, then loads the object
/// with its type's node resolver or single-argument lookup. <c>nodes</c> starts every load before
/// awaiting any, so loaders batch them. A bad id gives null and an <c>INVALID_NODE_ID</c> error.
/// </summary>
internal static class NodeResolution
{
    public static async ValueTask<object?> ResolveNodeAsync(IResolverContext context)
    {
        var id = context.ArgumentValue<string>("id");
        var (task, type) = Start(context, id);
        var value = await task.ConfigureAwait(false);
        ResolvedEntities.Remember(context, value, type);
        return value;
    }

    public static async ValueTask<object?> ResolveNodesAsync(IResolverContext context)
    {
        var ids = context.ArgumentValue<List<string>>("ids") ?? [];
        var path = context.Path;
        var locations = context.FieldNodes.Count > 0 && context.FieldNodes[0].Location is { } location
            ? new[] { new ErrorLocation(location.Line, location.Column) }
            : null;
        var pending = new (ValueTask<object?> Task, ObjectType? Type, GraphQLException? Error)[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            try
            {
                var (task, type) = Start(context, ids[i]);
                pending[i] = (task, type, null);
            }
            catch (GraphQLException ex)
            {
                pending[i] = (default, null, ex);
            }
        }

        var results = new object?[ids.Count];
        for (var i = 0; i < pending.Length; i++)
        {
            var (task, type, error) = pending[i];
            if (error is null)
            {
                try
                {
                    results[i] = await task.ConfigureAwait(false);
                    ResolvedEntities.Remember(context, results[i], type!);
                    continue;
                }
                catch (GraphQLException ex)
                {
                    error = ex;
                }
            }

            var first = error.Errors[0];
            context.ReportError(first with { Locations = first.Locations ?? locations, Path = path.Append(i).ToList() });
        }

        return results;
    }

    private static (ValueTask<object?> Task, ObjectType Type) Start(IResolverContext context, string id)
    {
        if (!NodeId.TryDecode(id, out var typeName, out var key))
        {
            throw InvalidId($"The node id \"{id}\" is not a valid global id (base64 of \"TypeName:key\").");
        }

        if (context.Schema.GetType(typeName) is not ObjectType type || !type.Interfaces.Any(i => i.Name == NodeInterface.Name))
        {
            throw InvalidId($"The node id \"{id}\" names the type \"{typeName}\", which is not a node type of this schema.");
        }

        if (type.ContextData.TryGetValue(NodeAttribute.ResolverKey, out var value) && value is StaticResolver resolver)
        {
            return (resolver.Invoke(context, [ConvertKey(id, key, resolver.Inputs[0].ParameterType)]), type);
        }

        var lookup = LookupIndex.For(context.Schema).GetLookups(type).FirstOrDefault(l => l.Arguments.Count == 1)
            ?? throw new GraphQLException([GraphQLError.WithCode(
                $"The node type \"{type.Name}\" has neither a [NodeResolver] method nor a single-argument @lookup field.",
                FederationErrorCodes.EntityResolverNotFound)]);
        var argument = lookup.Arguments[0].Argument;
        var arguments = new Dictionary<string, object?> { [argument.Name] = CoerceKey(id, key, argument) };
        return (LookupInvoker.InvokeAsync(context, lookup, arguments), type);
    }

    /// <summary>The key text as a value of the lookup argument's type (an Int key is parsed as an Int literal).</summary>
    private static object? CoerceKey(string id, string key, Argument argument)
    {
        if (argument.Type.NamedType() is not ScalarType scalar || scalar.Name is "ID" or "String")
        {
            return key;
        }

        try
        {
            return scalar.ParseLiteral(Parser.ParseValue(key));
        }
        catch (Exception ex) when (ex is ScalarCoercionException or GraphQLException)
        {
            throw InvalidId($"The node id \"{id}\" has the key \"{key}\", which is not a valid {scalar.Name}.");
        }
    }

    private static object? ConvertKey(string id, string key, Type keyType)
    {
        try
        {
            return ClrValueConverter.Convert(key, keyType);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException or ArgumentException)
        {
            throw InvalidId($"The node id \"{id}\" has the key \"{key}\", which is not a valid {keyType.Name}.");
        }
    }

    private static GraphQLException InvalidId(string message) => new([GraphQLError.WithCode(message, FederationErrorCodes.InvalidNodeId)]);
}
