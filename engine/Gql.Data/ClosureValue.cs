using System.Linq.Expressions;

namespace Gql.Data;

/// <summary>Creates <see cref="ValueBox{T}"/> reads for values known only as object.</summary>
internal static class ClosureValue
{
    public static Expression Read(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), "Value");
    }
}
