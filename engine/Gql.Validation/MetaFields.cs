using System.Runtime.CompilerServices;
using Gql.Types;

namespace Gql.Validation;

/// <summary>
/// The introspection meta fields <c>__schema</c>, <c>__type(name:)</c> and <c>__typename</c> as field
/// definitions for validation (spec section 4.1), built once per schema.
/// </summary>
internal sealed class MetaFields
{
    private static readonly ConditionalWeakTable<Schema, MetaFields> Cache = new();

    private MetaFields(Schema schema)
    {
        if (schema.GetType("String") is { } stringType)
        {
            TypeName = new OutputField("__typename", new NonNullType(stringType));
            if (schema.GetType("__Type") is { } typeType)
            {
                Type = new OutputField("__type", typeType);
                Type.Arguments.Add(new Argument("name", new NonNullType(stringType)));
            }
        }

        if (schema.GetType("__Schema") is { } schemaType)
        {
            Schema = new OutputField("__schema", new NonNullType(schemaType));
        }
    }

    public OutputField? Schema { get; }

    public OutputField? Type { get; }

    public OutputField? TypeName { get; }

    public static MetaFields For(Schema schema) => Cache.GetValue(schema, static s => new MetaFields(s));
}
