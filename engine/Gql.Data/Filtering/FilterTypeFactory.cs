using System.Reflection;
using Gql.Types;
using Gql.Types.CodeFirst;

namespace Gql.Data;

/// <summary>
/// Creates the filter input types with Hot Chocolate's names: <c>&lt;Type&gt;FilterInput</c> for
/// objects, <c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, ... for values,
/// <c>&lt;Enum&gt;OperationFilterInput</c> for enums and <c>ListFilterInputTypeOf&lt;...&gt;</c> for lists.
/// </summary>
internal static class FilterTypeFactory
{
    public const string KindKey = "Gql.Data.FilterKind";

    private static readonly string[] StringOperations = ["eq", "neq", "contains", "ncontains", "in", "nin", "startsWith", "nstartsWith", "endsWith", "nendsWith"];
    private static readonly string[] ComparableOperations = ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];
    private static readonly string[] EqualityOperations = ["eq", "neq", "in", "nin"];
    private static readonly string[] BooleanOperations = ["eq", "neq"];

    public static InputObjectType GetObjectFilter(IDescriptorContext context, Type clrType)
    {
        var name = NameConventions.GetTypeName(clrType) + "FilterInput";
        var created = false;
        var type = context.GetOrAddType(name, () =>
        {
            created = true;
            return Mark(new InputObjectType(name), FilterKind.Object);
        });
        if (created)
        {
            AddCombinators(type);
            foreach (var property in DataTypeInfo.GetFieldProperties(clrType))
            {
                if (GetPropertyFilter(context, property) is { } filterType)
                {
                    var field = new InputField(NameConventions.GetMemberName(property), filterType);
                    field.ContextData[DataContextData.Member] = property;
                    type.Fields.Add(field);
                }
            }
        }

        return type;
    }

    public static FilterKind KindOf(InputObjectType type) => (FilterKind)type.ContextData[KindKey]!;

    private static InputObjectType? GetPropertyFilter(IDescriptorContext context, PropertyInfo property)
    {
        var isId = property.IsDefined(typeof(IDAttribute), inherit: true);
        if (DataTypeInfo.GetCollectionItemType(property.PropertyType) is { } itemType)
        {
            var itemFilter = DataTypeInfo.IsLeaf(itemType) ? GetOperationFilter(context, itemType, isId) : GetObjectFilter(context, itemType);
            return itemFilter is null ? null : GetListFilter(context, itemFilter, DataTypeInfo.IsLeaf(itemType));
        }

        return DataTypeInfo.IsLeaf(property.PropertyType)
            ? GetOperationFilter(context, property.PropertyType, isId)
            : GetObjectFilter(context, property.PropertyType);
    }

    private static InputObjectType? GetOperationFilter(IDescriptorContext context, Type clrType, bool isId)
    {
        clrType = Nullable.GetUnderlyingType(clrType) ?? clrType;
        var (scalar, operations) = isId
            ? ("ID", EqualityOperations)
            : clrType switch
            {
                _ when clrType == typeof(string) => ("String", StringOperations),
                _ when clrType == typeof(bool) => ("Boolean", BooleanOperations),
                _ when clrType == typeof(int) || clrType == typeof(short) || clrType == typeof(byte) => ("Int", ComparableOperations),
                _ when clrType == typeof(long) => ("Long", ComparableOperations),
                _ when clrType == typeof(decimal) => ("Decimal", ComparableOperations),
                _ when clrType == typeof(double) || clrType == typeof(float) => ("Float", ComparableOperations),
                _ when clrType == typeof(DateTime) || clrType == typeof(DateTimeOffset) => ("DateTime", ComparableOperations),
                _ when clrType == typeof(DateOnly) => ("Date", ComparableOperations),
                _ when clrType == typeof(Guid) => ("UUID", EqualityOperations),
                _ => (null, EqualityOperations),
            };

        NamedType valueType;
        string name;
        if (clrType.IsEnum)
        {
            valueType = context.GetInputType(clrType);
            name = valueType.Name + "OperationFilterInput";
        }
        else if (scalar is not null)
        {
            valueType = context.GetScalar(scalar);
            name = scalar switch { "UUID" => "Uuid", "ID" => "Id", _ => scalar } + "OperationFilterInput";
        }
        else
        {
            return null;
        }

        return context.GetOrAddType(name, () =>
        {
            var type = Mark(new InputObjectType(name), FilterKind.Operation);
            AddCombinators(type);
            foreach (var operation in operations)
            {
                type.Fields.Add(new InputField(operation, operation is "in" or "nin" ? new ListType(valueType) : valueType));
            }

            return type;
        });
    }

    private static InputObjectType GetListFilter(IDescriptorContext context, InputObjectType itemFilter, bool leaf)
    {
        var name = leaf ? "List" + itemFilter.Name : "ListFilterInputTypeOf" + itemFilter.Name;
        return context.GetOrAddType(name, () =>
        {
            var type = Mark(new InputObjectType(name), FilterKind.List);
            type.Fields.Add(new InputField("all", itemFilter));
            type.Fields.Add(new InputField("none", itemFilter));
            type.Fields.Add(new InputField("some", itemFilter));
            type.Fields.Add(new InputField("any", context.GetScalar("Boolean")));
            return type;
        });
    }

    private static void AddCombinators(InputObjectType type)
    {
        type.Fields.Add(new InputField("and", new ListType(new NonNullType(type))));
        type.Fields.Add(new InputField("or", new ListType(new NonNullType(type))));
    }

    private static InputObjectType Mark(InputObjectType type, FilterKind kind)
    {
        type.ContextData[KindKey] = kind;
        return type;
    }
}
