using System.Linq.Expressions;
using System.Reflection;
using Gql.Types;
using Gql.Types.CodeFirst;
using Gql.Types.Resolvers;

namespace Gql.Data;

/// <summary>
/// Builds the <c>Select(x =&gt; new T { A = x.A, Nav = x.Nav == null ? null : new N { ... }, Items = x.Items.Select(...).ToList() })</c>
/// of a projection from what the operation selected, plus the key, the sort keys and <c>[IsProjected(true)]</c> properties.
/// </summary>
internal static class ProjectionBuilder
{
    private static readonly MethodInfo EnumerableSelect = typeof(Enumerable).GetMethods().First(m => m.Name == nameof(Enumerable.Select) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);
    private static readonly MethodInfo EnumerableToList = typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!;
    private static readonly MethodInfo EnumerableToArray = typeof(Enumerable).GetMethod(nameof(Enumerable.ToArray))!;

    public static bool CanProject(Type type) => !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null;

    public static ProjectionTree Collect(Type type, IEnumerable<ISelection> selections)
    {
        var tree = new ProjectionTree(type);
        AddRequired(tree);
        foreach (var selection in selections)
        {
            Add(tree, selection);
        }

        return tree;
    }

    /// <summary>Adds a member path (<c>x.Brand.Name</c>) the query reads outside the projection (sorting, cursors).</summary>
    public static void AddPath(ProjectionTree tree, Expression body)
    {
        var path = new Stack<PropertyInfo>();
        while (body is MemberExpression { Member: PropertyInfo property } member)
        {
            path.Push(property);
            body = member.Expression!;
        }

        if (body is not ParameterExpression)
        {
            return;
        }

        var current = tree;
        while (path.TryPop(out var property) && current is not null)
        {
            if (path.Count == 0 || !CanProject(property.PropertyType))
            {
                current.AddWhole(property);
                return;
            }

            current = current.GetOrAddChild(property, property.PropertyType);
        }
    }

    public static Expression<Func<T, T>> Build<T>(ProjectionTree tree)
    {
        var item = Expression.Parameter(typeof(T), "item");
        return Expression.Lambda<Func<T, T>>(Init(item, tree), item);
    }

    private static void Add(ProjectionTree tree, ISelection selection)
    {
        if (FindProperty(tree.Type, selection.Field.Name) is not { SetMethod: not null } property
            || property.GetCustomAttribute<IsProjectedAttribute>() is { Projected: false })
        {
            return;
        }

        var itemType = DataTypeInfo.GetCollectionItemType(property.PropertyType);
        var valueType = itemType ?? property.PropertyType;
        if (DataTypeInfo.IsLeaf(valueType)
            || selection.Field.Type.NamedType() is not ObjectType objectType
            || !CanProject(valueType)
            || (itemType is not null && !CanMaterialize(property.PropertyType, itemType)))
        {
            tree.AddWhole(property);
            return;
        }

        if (tree.GetOrAddChild(property, valueType) is { } child)
        {
            AddRequired(child);
            foreach (var nested in selection.GetSelections(objectType))
            {
                Add(child, nested);
            }
        }
    }

    private static void AddRequired(ProjectionTree tree)
    {
        if (DataTypeInfo.GetKeyProperty(tree.Type) is { SetMethod: not null } key)
        {
            tree.AddWhole(key);
        }

        foreach (var property in tree.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<IsProjectedAttribute>() is { Projected: true } && property.SetMethod is not null && !tree.Members.ContainsKey(property))
            {
                tree.AddWhole(property);
            }
        }
    }

    private static Expression Init(Expression source, ProjectionTree tree)
    {
        var bindings = new List<MemberBinding>();
        foreach (var (property, child) in tree.Members)
        {
            var value = Expression.Property(source, property);
            bindings.Add(Expression.Bind(property, child is null ? value : Nested(value, property.PropertyType, child)));
        }

        return Expression.MemberInit(Expression.New(tree.Type), bindings);
    }

    private static Expression Nested(Expression value, Type propertyType, ProjectionTree child)
    {
        if (DataTypeInfo.GetCollectionItemType(propertyType) is { } itemType)
        {
            var element = Expression.Parameter(itemType, "element");
            var select = Expression.Call(EnumerableSelect.MakeGenericMethod(itemType, itemType), value, Expression.Lambda(Init(element, child), element));
            return propertyType.IsArray
                ? Expression.Call(EnumerableToArray.MakeGenericMethod(itemType), select)
                : Expression.Convert(Expression.Call(EnumerableToList.MakeGenericMethod(itemType), select), propertyType);
        }

        return Expression.Condition(
            Expression.Equal(value, Expression.Constant(null, propertyType)),
            Expression.Constant(null, propertyType),
            Init(value, child));
    }

    private static bool CanMaterialize(Type collectionType, Type itemType)
        => collectionType == itemType.MakeArrayType() || collectionType.IsAssignableFrom(typeof(List<>).MakeGenericType(itemType));

    private static PropertyInfo? FindProperty(Type type, string fieldName)
        => DataTypeInfo.GetFieldProperties(type).FirstOrDefault(p => NameConventions.GetMemberName(p) == fieldName);
}
