using Gql.Types;

namespace Gql.Execution;

/// <summary>Finds the definition of a selected field, meta fields (__typename, __schema, __type) included.</summary>
internal static class MetaFields
{
    public static bool TryGetField(Schema schema, ObjectType type, string fieldName, out OutputField? field)
    {
        if (fieldName.StartsWith("__", StringComparison.Ordinal)
            && IntrospectionFields.TryGetMetaField(schema, type, fieldName, out var metaField))
        {
            field = metaField;
            return true;
        }

        if (type.Fields.TryGetField(fieldName, out var definition))
        {
            field = definition;
            return true;
        }

        field = null;
        return false;
    }
}
