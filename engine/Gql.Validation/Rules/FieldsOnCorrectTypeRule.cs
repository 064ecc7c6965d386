using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation.Rules;

/// <summary>Spec 5.3.1 Field Selections: a selected field must be defined on the parent type.</summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    /// <summary>The possible types (and their interfaces) that define the field, most used first, super types before sub types.</summary>
    private static List<string> GetSuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!TypeHelpers.IsAbstractType(type))
        {
            return [];
        }

        var suggestedTypes = new List<ComplexOutputType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (!possibleType.Fields.Contains(fieldName))
            {
                continue;
            }

            if (!suggestedTypes.Contains(possibleType))
            {
                suggestedTypes.Add(possibleType);
            }

            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (!possibleInterface.Fields.Contains(fieldName))
                {
                    continue;
                }

                if (!suggestedTypes.Contains(possibleInterface))
                {
                    suggestedTypes.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
            }
        }

        Suggestions.StableSort(suggestedTypes, (typeA, typeB) =>
        {
            var usageCountDiff = usageCount[typeB.Name] - usageCount[typeA.Name];
            if (usageCountDiff != 0)
            {
                return usageCountDiff;
            }

            if (typeA is InterfaceType && TypeExtensions.IsSubType(schema, typeA, typeB))
            {
                return -1;
            }

            if (typeB is InterfaceType && TypeExtensions.IsSubType(schema, typeB, typeA))
            {
                return 1;
            }

            return Suggestions.NaturalCompare(typeA.Name, typeB.Name);
        });

        var names = new List<string>(suggestedTypes.Count);
        foreach (var suggested in suggestedTypes)
        {
            names.Add(suggested.Name);
        }

        return names;
    }

    private static List<string> GetSuggestedFieldNames(NamedType type, string fieldName)
    {
        if (type is not ComplexOutputType complex)
        {
            return [];
        }

        var names = new List<string>(complex.Fields.Count);
        foreach (var field in complex.Fields)
        {
            names.Add(field.Name);
        }

        return Suggestions.List(fieldName, names);
    }

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        public override VisitAction EnterField(FieldNode node)
        {
            if (Context.ParentType is not { } type || Context.FieldDef is not null)
            {
                return VisitAction.Continue;
            }

            var fieldName = node.Name.Value;
            if (Context.HideSuggestions)
            {
                Context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\".", node);
                return VisitAction.Continue;
            }

            var suggestion = Suggestions.DidYouMean(GetSuggestedTypeNames(Context.Schema, type, fieldName), "to use an inline fragment on");
            if (suggestion.Length == 0)
            {
                suggestion = Suggestions.DidYouMean(GetSuggestedFieldNames(type, fieldName));
            }

            Context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
            return VisitAction.Continue;
        }
    }
}
