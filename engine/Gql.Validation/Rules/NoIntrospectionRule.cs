using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Validation.Rules;

/// <summary>
/// Not a spec rule (opt in): rejects introspection (<c>__schema</c> and <c>__type</c> on the query root),
/// e.g. for anonymous clients in production. <c>__typename</c> stays allowed.
/// </summary>
public sealed class NoIntrospectionRule : IValidationRule
{
    public const string ErrorCode = "INTROSPECTION_NOT_ALLOWED";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction EnterField(FieldNode node)
        {
            if (node.Name.Value is "__schema" or "__type" && ReferenceEquals(Context.ParentType, Context.Schema.QueryType))
            {
                Context.ReportError(GraphQLError.WithCode(
                    "Introspection is not allowed for the current request.",
                    ErrorCode,
                    ValidationContext.LocationsOf(node)));
                return VisitAction.SkipChildren;
            }

            return VisitAction.Continue;
        }
    }
}
