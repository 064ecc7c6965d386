using System.Diagnostics.CodeAnalysis;

namespace Gql.Types;

/// <summary>
/// The meta fields of spec section 4.2: <c>__typename</c> on every object, interface and union
/// selection, and <c>__schema</c> / <c>__type(name:)</c> on the query root type.
/// </summary>
/// <remarks>
/// The executor runs their resolvers like any other field: <c>__typename</c> returns
/// <c>IResolverContext.ObjectType.Name</c> (the concrete object type of the parent value),
/// <c>__schema</c> returns <c>IResolverContext.Schema</c> and <c>__type</c> looks the
/// <c>name</c> argument up in it.
/// </remarks>
public static class IntrospectionFields
{
    public static OutputField TypeName { get; } = new("__typename", new NonNullType(BuiltInScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = context => new ValueTask<object?>(context.ObjectType.Name),
    };

    public static OutputField Schema { get; } = new("__schema", new NonNullType(IntrospectionTypes.SchemaType))
    {
        Description = "Access the current type schema of this server.",
        Resolver = context => new ValueTask<object?>(context.Schema),
    };

    public static OutputField Type { get; } = CreateTypeField();

    /// <summary>
    /// Gets the meta field named <paramref name="fieldName"/> for a selection on <paramref name="parentType"/>:
    /// <c>__typename</c> anywhere, <c>__schema</c> and <c>__type</c> only on the query root type.
    /// </summary>
    public static bool TryGetMetaField(Schema schema, ComplexOutputType parentType, string fieldName, [MaybeNullWhen(false)] out OutputField field)
    {
        field = fieldName switch
        {
            "__typename" => TypeName,
            "__schema" when ReferenceEquals(parentType, schema.QueryType) => Schema,
            "__type" when ReferenceEquals(parentType, schema.QueryType) => Type,
            _ => null!,
        };

        return field is not null;
    }

    /// <summary>The same lookup for any composite parent (a union selection only has <c>__typename</c>).</summary>
    public static bool TryGetMetaField(Schema schema, NamedType parentType, string fieldName, [MaybeNullWhen(false)] out OutputField field)
    {
        if (parentType is ComplexOutputType complex)
        {
            return TryGetMetaField(schema, complex, fieldName, out field);
        }

        field = fieldName == "__typename" && parentType is UnionType ? TypeName : null!;
        return field is not null;
    }

    public static bool IsMetaFieldName(string fieldName) => fieldName is "__typename" or "__schema" or "__type";

    private static OutputField CreateTypeField()
    {
        var field = new OutputField("__type", IntrospectionTypes.TypeType)
        {
            Description = "Request the type information of a single type.",
            Resolver = context => new ValueTask<object?>(
                context.Arguments.TryGetValue("name", out var name) && name is string typeName
                    ? context.Schema.GetType(typeName)
                    : null),
        };
        field.Arguments.Add(new Argument("name", new NonNullType(BuiltInScalars.String)));
        return field;
    }
}
