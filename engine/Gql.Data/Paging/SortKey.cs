using System.Linq.Expressions;

namespace Gql.Data;

/// <summary>One ordering of a query: the key selector (a lambda over the item type) and its direction.</summary>
internal sealed record SortKey(LambdaExpression Selector, bool Descending)
{
    public Type KeyType => Selector.ReturnType;
}
