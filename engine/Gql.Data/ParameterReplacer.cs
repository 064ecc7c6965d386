using System.Linq.Expressions;

namespace Gql.Data;

/// <summary>Rebinds a lambda body to another parameter (or any expression of the same type).</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
}
