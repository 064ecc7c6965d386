using Gql.Types;
using Gql.Types.CodeFirst;

namespace Gql.Data;

/// <summary>Creates <c>&lt;Type&gt;SortInput</c> types (leaf properties take <c>SortEnumType</c>, objects nest) with Hot Chocolate's names.</summary>
internal static class SortTypeFactory
{
    public static InputObjectType GetSortType(IDescriptorContext context, Type clrType)
    {
        var name = NameConventions.GetTypeName(clrType) + "SortInput";
        var created = false;
        var type = context.GetOrAddType(name, () =>
        {
            created = true;
            return new InputObjectType(name);
        });
        if (!created)
        {
            return type;
        }

        var direction = GetSortEnum(context);
        foreach (var property in DataTypeInfo.GetFieldProperties(clrType))
        {
            NamedType? fieldType = DataTypeInfo.IsLeaf(property.PropertyType)
                ? direction
                : DataTypeInfo.GetCollectionItemType(property.PropertyType) is null ? GetSortType(context, property.PropertyType) : null;
            if (fieldType is not null)
            {
                var field = new InputField(NameConventions.GetMemberName(property), fieldType);
                field.ContextData[DataContextData.Member] = property;
                type.Fields.Add(field);
            }
        }

        return type;
    }

    private static EnumType GetSortEnum(IDescriptorContext context)
        => context.GetOrAddType("SortEnumType", () =>
        {
            var type = new EnumType("SortEnumType");
            type.Values.Add(new EnumValue("ASC", SortEnumType.Asc));
            type.Values.Add(new EnumValue("DESC", SortEnumType.Desc));
            return type;
        });
}
