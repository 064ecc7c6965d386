using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation.Rules;

/// <summary>
/// Spec 5.6.1 Values of Correct Type: every literal must be coercible to the type expected where it appears,
/// input objects must give their required fields, and <c>@oneOf</c> input objects exactly one non-null field.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction EnterListValue(ListValueNode node)
        {
            if (TypeHelpers.GetNullableType(Context.ParentInputType) is not ListType)
            {
                IsValidValueNode(node);
                return VisitAction.SkipChildren;
            }

            return VisitAction.Continue;
        }

        public override VisitAction EnterObjectValue(ObjectValueNode node)
        {
            if (TypeHelpers.GetNamedType(Context.InputType) is not InputObjectType type)
            {
                IsValidValueNode(node);
                return VisitAction.SkipChildren;
            }

            foreach (var fieldDef in type.Fields)
            {
                if (TypeExtensions.IsRequired(fieldDef) && FindField(node, fieldDef.Name) is null)
                {
                    Context.ReportError(
                        $"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{TypeHelpers.Print(fieldDef.Type)}\" was not provided.",
                        node);
                }
            }

            if (type.IsOneOf)
            {
                ValidateOneOfInputObject(node, type);
            }

            return VisitAction.Continue;
        }

        public override VisitAction EnterObjectField(ObjectFieldNode node)
        {
            if (Context.InputType is null && TypeHelpers.GetNamedType(Context.ParentInputType) is InputObjectType parentType)
            {
                var names = new List<string>(parentType.Fields.Count);
                foreach (var field in parentType.Fields)
                {
                    names.Add(field.Name);
                }

                var suggestions = Context.HideSuggestions ? [] : Suggestions.List(node.Name.Value, names);
                Context.ReportError(
                    $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions),
                    node);
            }

            return VisitAction.Continue;
        }

        public override VisitAction EnterNullValue(NullValueNode node)
        {
            if (Context.InputType is NonNullType type)
            {
                Context.ReportError($"Expected value of type \"{TypeHelpers.Print(type)}\", found null.", node);
            }

            return VisitAction.Continue;
        }

        public override VisitAction EnterScalarValue(ValueNode node)
        {
            IsValidValueNode(node);
            return VisitAction.Continue;
        }

        /// <summary>Last field of that name wins, like graphql-js <c>keyMap</c>.</summary>
        private static ObjectFieldNode? FindField(ObjectValueNode node, string name)
        {
            for (var i = node.Fields.Count - 1; i >= 0; i--)
            {
                if (node.Fields[i].Name.Value == name)
                {
                    return node.Fields[i];
                }
            }

            return null;
        }

        private void ValidateOneOfInputObject(ObjectValueNode node, InputObjectType type)
        {
            var distinct = new List<string>(node.Fields.Count);
            foreach (var field in node.Fields)
            {
                if (!distinct.Contains(field.Name.Value))
                {
                    distinct.Add(field.Name.Value);
                }
            }

            if (distinct.Count != 1)
            {
                Context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
                return;
            }

            var value = FindField(node, distinct[0])?.Value;
            if (value is null or NullValueNode)
            {
                Context.ReportError($"Field \"{type.Name}.{distinct[0]}\" must be non-null.", node);
            }
        }

        /// <summary>Scalars and enums decide through their literal parsing whether a literal is valid.</summary>
        private void IsValidValueNode(ValueNode node)
        {
            if (Context.InputType is not { } locationType)
            {
                return;
            }

            var type = TypeHelpers.GetNamedType(locationType);
            switch (type)
            {
                case EnumType enumType:
                    ValidateEnumLiteral(node, enumType);
                    return;
                case ScalarType scalar:
                    ValidateScalarLiteral(node, scalar, locationType);
                    return;
                default:
                    Context.ReportError($"Expected value of type \"{TypeHelpers.Print(locationType)}\", found {SyntaxPrinter.Print(node)}.", node);
                    return;
            }
        }

        private void ValidateEnumLiteral(ValueNode node, EnumType enumType)
        {
            if (node is EnumValueNode enumValue)
            {
                if (enumType.GetValue(enumValue.Value) is not null)
                {
                    return;
                }

                var valueStr = enumValue.Value;
                Context.ReportError($"Value \"{valueStr}\" does not exist in \"{enumType.Name}\" enum." + DidYouMeanEnumValue(enumType, valueStr), node);
                return;
            }

            var printed = SyntaxPrinter.Print(node);
            Context.ReportError($"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}." + DidYouMeanEnumValue(enumType, printed), node);
        }

        private void ValidateScalarLiteral(ValueNode node, ScalarType scalar, IType locationType)
        {
            try
            {
                scalar.ParseLiteral(node);
            }
            catch (ScalarCoercionException ex)
            {
                // Like a GraphQLError thrown by a graphql-js scalar: its message is reported as is.
                Context.ReportError(ex.Message, node);
            }
            catch (Exception ex) when (ex is not ValidationAbortedException)
            {
                Context.ReportError(
                    $"Expected value of type \"{TypeHelpers.Print(locationType)}\", found {SyntaxPrinter.Print(node)}; {ex.Message}",
                    node);
            }
        }

        private string DidYouMeanEnumValue(EnumType enumType, string unknownValue)
        {
            if (Context.HideSuggestions)
            {
                return string.Empty;
            }

            var names = new List<string>(enumType.Values.Count);
            foreach (var value in enumType.Values)
            {
                names.Add(value.Name);
            }

            return Suggestions.DidYouMean(Suggestions.List(unknownValue, names), "the enum value");
        }
    }
}
