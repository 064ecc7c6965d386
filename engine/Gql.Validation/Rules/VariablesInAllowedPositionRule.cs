using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation.Rules;

/// <summary>
/// Spec 5.8.5 All Variable Usages Are Allowed: a variable's type must fit every position it is used in
/// (a nullable variable fits a non-null position only with a default), and variables in a <c>@oneOf</c>
/// input object must be non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static bool AllowedVariableUsage(Schema schema, IType varType, ValueNode? varDefaultValue, IType locationType, bool hasLocationDefaultValue)
    {
        if (locationType is NonNullType nonNullLocation && varType is not NonNullType)
        {
            var hasNonNullVariableDefaultValue = varDefaultValue is not null and not NullValueNode;
            if (!hasNonNullVariableDefaultValue && !hasLocationDefaultValue)
            {
                return false;
            }

            return TypeExtensions.IsTypeSubTypeOf(schema, varType, nonNullLocation.OfType);
        }

        return TypeExtensions.IsTypeSubTypeOf(schema, varType, locationType);
    }

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override VisitAction EnterOperationDefinition(OperationDefinitionNode node)
        {
            _definitions.Clear();
            return VisitAction.Continue;
        }

        public override VisitAction EnterVariableDefinition(VariableDefinitionNode node)
        {
            _definitions[node.Variable.Name.Value] = node;
            return VisitAction.Continue;
        }

        public override void LeaveOperationDefinition(OperationDefinitionNode node)
        {
            foreach (var usage in Context.GetRecursiveVariableUsages(node))
            {
                var varName = usage.Node.Name.Value;
                if (!_definitions.TryGetValue(varName, out var varDef) || usage.Type is not { } type)
                {
                    continue;
                }

                var varType = TypeExtensions.TypeFromAst(Context.Schema, varDef.Type);
                if (varType is not null && !AllowedVariableUsage(Context.Schema, varType, varDef.DefaultValue, type, usage.HasDefaultValue))
                {
                    Context.ReportError(
                        $"Variable \"${varName}\" of type \"{TypeHelpers.Print(varType)}\" used in position expecting type \"{TypeHelpers.Print(type)}\".",
                        varDef,
                        usage.Node);
                }

                if (usage.ParentType is InputObjectType { IsOneOf: true } parentType && varType is not null and not NonNullType)
                {
                    Context.ReportError(
                        $"Variable \"${varName}\" is of type \"{TypeHelpers.Print(varType)}\" but must be non-nullable to be used for OneOf Input Object \"{parentType.Name}\".",
                        varDef,
                        usage.Node);
                }
            }
        }
    }
}
