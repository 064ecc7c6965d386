using Gql.Language;
using Gql.Types.CodeFirst;

namespace Gql.Federation;

/// <summary>
/// Resolves <c>node(id:)</c> and <c>nodes(ids:)</c>: decodes each global id, then loads the object
/// with its type's node resolver or single-argument lookup; an id that is no global id is tried as
/// the key of each <see cref="NodeAttribute.KeyIsGloballyUnique"/> type. <c>nodes</c> starts every
/// load before awaiting any, so loaders batch them. A bad id gives null and an <c>INVALID_NODE_ID</c> error.
/// </summary>
internal static class NodeResolution
{
    public static async ValueTask<object?> ResolveNodeAsync(IResolverContext context)
    {
        var id = context.ArgumentValue<string>("id");
        return await Start(context, id).ConfigureAwait(false);
    }

    public static async ValueTask<object?> ResolveNodesAsync(IResolverContext context)
    {
        var ids = context.ArgumentValue<List<string>>("ids") ?? [];
        var path = context.Path;
        var locations = context.FieldNodes.Count > 0 && context.FieldNodes[0].Location is { } location
            ? new[] { new ErrorLocation(location.Line, location.Column) }
            : null;
        var pending = new (ValueTask<object?> Task, GraphQLException? Error)[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            try
            {
                pending[i] = (Start(context, ids[i]), null);
            }
            catch (GraphQLException ex)
            {
                pending[i] = (default, ex);
            }
        }

        var results = new object?[ids.Count];
        for (var i = 0; i < pending.Length; i++)
        {
            var (task, error) = pending[i];
            if (error is null)
            {
                try
                {
                    results[i] = await task.ConfigureAwait(false);
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

    private static ValueTask<object?> Start(IResolverContext context, string id)
    {
        var decoded = NodeId.TryDecode(id, out var typeName, out var key);
        if (decoded && context.Schema.GetType(typeName) is ObjectType type && IsNode(type) && !KeyIsGloballyUnique(type))
        {
            return LoadAsync(context, type, id, key);
        }

        var uniqueKeyTypes = context.Schema.GetType(NodeInterface.Name) is InterfaceType node
            ? context.Schema.GetPossibleTypes(node).Where(KeyIsGloballyUnique).ToList()
            : [];
        if (uniqueKeyTypes.Count > 0)
        {
            return LoadByUniqueKeyAsync(context, id, uniqueKeyTypes);
        }

        throw InvalidId(decoded
            ? $"The node id \"{id}\" names the type \"{typeName}\", which is not a node type of this schema."
            : $"The node id \"{id}\" is not a valid global id (base64 of \"TypeName:key\").");
    }

    private static async ValueTask<object?> LoadAsync(IResolverContext context, ObjectType type, string id, string key)
    {
        var value = await StartLoad(context, type, id, key).ConfigureAwait(false);
        ResolvedEntities.Remember(context, value, type);
        return value;
    }

    /// <summary>
    /// The id is the key of a <see cref="NodeAttribute.KeyIsGloballyUnique"/> type: asks each such type
    /// whose key type accepts it, in turn, until one finds it (null when none does).
    /// </summary>
    private static async ValueTask<object?> LoadByUniqueKeyAsync(IResolverContext context, string id, List<ObjectType> types)
    {
        var accepted = false;
        foreach (var type in types)
        {
            ValueTask<object?> load;
            try
            {
                load = StartLoad(context, type, id, id);
            }
            catch (GraphQLException ex) when (ex.Errors[0].Code == FederationErrorCodes.InvalidNodeId)
            {
                continue;
            }

            accepted = true;
            if (await load.ConfigureAwait(false) is { } value)
            {
                ResolvedEntities.Remember(context, value, type);
                return value;
            }
        }

        if (!accepted)
        {
            throw InvalidId($"The node id \"{id}\" is neither a global id (base64 of \"TypeName:key\") nor a valid key of a node type of this schema.");
        }

        return null;
    }

    private static ValueTask<object?> StartLoad(IResolverContext context, ObjectType type, string id, string key)
    {
        if (type.ContextData.TryGetValue(NodeAttribute.ResolverKey, out var value) && value is StaticResolver resolver)
        {
            return resolver.Invoke(context, [ConvertKey(id, key, resolver.Inputs[0].ParameterType)]);
        }

        var lookup = LookupIndex.For(context.Schema).GetLookups(type).FirstOrDefault(l => l.Arguments.Count == 1)
            ?? throw new GraphQLException([GraphQLError.WithCode(
                $"The node type \"{type.Name}\" has neither a [NodeResolver] method nor a single-argument @lookup field.",
                FederationErrorCodes.EntityResolverNotFound)]);
        var argument = lookup.Arguments[0].Argument;
        var arguments = new Dictionary<string, object?> { [argument.Name] = CoerceKey(id, key, argument) };
        return LookupInvoker.InvokeAsync(context, lookup, arguments);
    }

    private static bool IsNode(ObjectType type) => type.Interfaces.Any(i => i.Name == NodeInterface.Name);

    private static bool KeyIsGloballyUnique(ObjectType type) => type.ContextData.ContainsKey(NodeAttribute.KeyIsGloballyUniqueKey);

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
