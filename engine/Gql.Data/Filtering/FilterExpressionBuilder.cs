using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Gql.Types;

namespace Gql.Data;

/// <summary>
/// Turns a coerced <c>where</c> value into a predicate expression over the item type, so a LINQ
/// provider (EF Core) translates it to SQL. Fields of one object are combined with AND; values are
/// read from closures so they become SQL parameters.
/// </summary>
internal sealed class FilterExpressionBuilder(FilteringOptions options)
{
    private static readonly MethodInfo EnumerableAny = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 1);
    private static readonly MethodInfo EnumerableAnyWhere = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);
    private static readonly MethodInfo EnumerableAll = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.All));
    private static readonly MethodInfo EnumerableContains = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    public Expression<Func<T, bool>> Build<T>(InputObjectType filterType, IReadOnlyDictionary<string, object?> value)
    {
        var item = Expression.Parameter(typeof(T), "item");
        return Expression.Lambda<Func<T, bool>>(Filter(item, filterType, value) ?? Expression.Constant(true), item);
    }

    private Expression? Filter(Expression instance, InputObjectType type, IReadOnlyDictionary<string, object?> value)
        => FilterTypeFactory.KindOf(type) switch
        {
            FilterKind.Object => ObjectFilter(instance, type, value),
            FilterKind.Operation => OperationFilter(instance, type, value),
            _ => ListFilter(instance, type, value),
        };

    private Expression? ObjectFilter(Expression instance, InputObjectType type, IReadOnlyDictionary<string, object?> value)
    {
        Expression? result = null;
        foreach (var (name, fieldValue) in value)
        {
            if (fieldValue is null)
            {
                continue;
            }

            var condition = name switch
            {
                "and" => Combine(instance, type, fieldValue, Expression.AndAlso),
                "or" => Combine(instance, type, fieldValue, Expression.OrElse),
                _ => Filter(
                    Expression.Property(instance, (PropertyInfo)type.Fields[name]!.ContextData[DataContextData.Member]!),
                    (InputObjectType)type.Fields[name]!.Type.NamedType(),
                    (IReadOnlyDictionary<string, object?>)fieldValue),
            };
            if (condition is not null)
            {
                result = And(result, condition);
            }
        }

        return result;
    }

    private Expression? Combine(Expression instance, InputObjectType type, object value, Func<Expression, Expression, BinaryExpression> combine)
    {
        Expression? result = null;
        foreach (var part in (IEnumerable)value)
        {
            var condition = Filter(instance, type, (IReadOnlyDictionary<string, object?>)part) ?? Expression.Constant(true);
            result = result is null ? condition : combine(result, condition);
        }

        return result;
    }

    private Expression? OperationFilter(Expression member, InputObjectType type, IReadOnlyDictionary<string, object?> value)
    {
        Expression? result = null;
        foreach (var (operation, operand) in value)
        {
            var condition = operation switch
            {
                "and" => operand is null ? null : Combine(member, type, operand, Expression.AndAlso),
                "or" => operand is null ? null : Combine(member, type, operand, Expression.OrElse),
                "eq" => Equal(member, operand),
                "neq" => Expression.Not(Equal(member, operand)),
                "in" => In(member, operand, operation),
                "nin" => Expression.Not(In(member, operand, operation)),
                "contains" => StringCall(member, operand, nameof(string.Contains), operation),
                "ncontains" => Expression.Not(StringCall(member, operand, nameof(string.Contains), operation)),
                "startsWith" => StringCall(member, operand, nameof(string.StartsWith), operation),
                "nstartsWith" => Expression.Not(StringCall(member, operand, nameof(string.StartsWith), operation)),
                "endsWith" => StringCall(member, operand, nameof(string.EndsWith), operation),
                "nendsWith" => Expression.Not(StringCall(member, operand, nameof(string.EndsWith), operation)),
                "gt" => Compare(member, operand, operation, Expression.GreaterThan),
                "ngt" => Expression.Not(Compare(member, operand, operation, Expression.GreaterThan)),
                "gte" => Compare(member, operand, operation, Expression.GreaterThanOrEqual),
                "ngte" => Expression.Not(Compare(member, operand, operation, Expression.GreaterThanOrEqual)),
                "lt" => Compare(member, operand, operation, Expression.LessThan),
                "nlt" => Expression.Not(Compare(member, operand, operation, Expression.LessThan)),
                "lte" => Compare(member, operand, operation, Expression.LessThanOrEqual),
                "nlte" => Expression.Not(Compare(member, operand, operation, Expression.LessThanOrEqual)),
                _ => throw new InvalidOperationException($"Unknown filter operation \"{operation}\"."),
            };
            if (condition is not null)
            {
                result = And(result, condition);
            }
        }

        return result;
    }

    private Expression? ListFilter(Expression member, InputObjectType type, IReadOnlyDictionary<string, object?> value)
    {
        var itemType = DataTypeInfo.GetCollectionItemType(member.Type)!;
        Expression? result = null;
        foreach (var (operation, operand) in value)
        {
            if (operand is null)
            {
                continue;
            }

            Expression condition;
            if (operation == "any")
            {
                var any = Expression.Call(EnumerableAny.MakeGenericMethod(itemType), member);
                condition = (bool)operand ? any : Expression.Not(any);
            }
            else
            {
                var item = Expression.Parameter(itemType, "element");
                var itemFilter = (InputObjectType)type.Fields[operation]!.Type.NamedType();
                var body = Filter(item, itemFilter, (IReadOnlyDictionary<string, object?>)operand) ?? Expression.Constant(true);
                var predicate = Expression.Lambda(body, item);
                condition = operation switch
                {
                    "all" => Expression.Call(EnumerableAll.MakeGenericMethod(itemType), member, predicate),
                    "none" => Expression.Not(Expression.Call(EnumerableAnyWhere.MakeGenericMethod(itemType), member, predicate)),
                    _ => Expression.Call(EnumerableAnyWhere.MakeGenericMethod(itemType), member, predicate),
                };
            }

            result = And(result, condition);
        }

        return result;
    }

    private static Expression Equal(Expression member, object? operand)
    {
        if (operand is null && member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null)
        {
            return Expression.Constant(false);
        }

        return Expression.Equal(member, ClosureValue.Read(ConvertTo(operand, member.Type), member.Type));
    }

    private Expression In(Expression member, object? operand, string operation)
    {
        if (operand is not IEnumerable values)
        {
            throw NullNotAllowed(operation);
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(member.Type))!;
        foreach (var value in values)
        {
            list.Add(ConvertTo(value, member.Type));
        }

        if (list.Count > options.MaxInValues)
        {
            throw DataErrors.Create(
                $"The \"{operation}\" filter accepts at most {options.MaxInValues} values, got {list.Count}.",
                DataErrorCodes.FilterTooManyValues);
        }

        return Expression.Call(EnumerableContains.MakeGenericMethod(member.Type), ClosureValue.Read(list, list.GetType()), member);
    }

    private static Expression StringCall(Expression member, object? operand, string method, string operation)
    {
        if (operand is not string text)
        {
            throw NullNotAllowed(operation);
        }

        return Expression.Call(member, typeof(string).GetMethod(method, [typeof(string)])!, ClosureValue.Read(text, typeof(string)));
    }

    private static Expression Compare(Expression member, object? operand, string operation, Func<Expression, Expression, BinaryExpression> compare)
    {
        if (operand is null)
        {
            throw NullNotAllowed(operation);
        }

        return compare(member, ClosureValue.Read(ConvertTo(operand, member.Type), member.Type));
    }

    private static object? ConvertTo(object? value, Type type)
    {
        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value switch
        {
            _ when target.IsInstanceOfType(value) => value,
            DateTimeOffset offset when target == typeof(DateTime) => offset.UtcDateTime,
            DateTime dateTime when target == typeof(DateTimeOffset) => new DateTimeOffset(dateTime),
            string text when target == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
            _ when target.IsEnum => Enum.ToObject(target, value),
            _ => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
        };
    }

    private static Expression And(Expression? left, Expression right) => left is null ? right : Expression.AndAlso(left, right);

    private static Language.GraphQLException NullNotAllowed(string operation)
        => DataErrors.Create($"The filter operation \"{operation}\" does not accept null.", DataErrorCodes.FilterInvalidValue);
}
