using System.Text;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields with the same response name must be mergeable (same field
/// and arguments unless their parents are distinct object types, and always compatible return shapes).
/// Follows graphql-js: fields are compared "within" each selection set once and "between" sets and
/// fragments, with collected field maps cached per selection set and compared fragment pairs memoized, so
/// large documents and deep fragment chains stay polynomial.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static string ReasonMessage(object reason)
    {
        if (reason is string text)
        {
            return text;
        }

        var builder = new StringBuilder();
        var reasons = (List<ConflictReason>)reason;
        for (var i = 0; i < reasons.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(" and ");
            }

            builder.Append("subfields \"").Append(reasons[i].ResponseName).Append("\" conflict because ").Append(ReasonMessage(reasons[i].Reason));
        }

        return builder.ToString();
    }

    /// <summary>Two types conflict when they cannot apply to one value: lists and non-nulls must match, leaves must be equal.</summary>
    private static bool DoTypesConflict(IType type1, IType type2)
    {
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        if (TypeHelpers.IsLeafType(type1) || TypeHelpers.IsLeafType(type2))
        {
            return !ReferenceEquals(type1, type2);
        }

        return false;
    }

    private static bool SameArguments(FieldNode node1, FieldNode node2)
    {
        var args1 = node1.Arguments;
        var args2 = node2.Arguments;
        if (args1.Count == 0)
        {
            return args2.Count == 0;
        }

        if (args2.Count == 0 || args1.Count != args2.Count)
        {
            return false;
        }

        foreach (var arg1 in args1)
        {
            ValueNode? value2 = null;
            for (var i = args2.Count - 1; i >= 0; i--)
            {
                if (args2[i].Name.Value == arg1.Name.Value)
                {
                    value2 = args2[i].Value;
                    break;
                }
            }

            if (value2 is null || !SameValue(arg1.Value, value2))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Equal when graphql-js prints both the same after sorting object fields by name.</summary>
    private static bool SameValue(ValueNode a, ValueNode b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a)
        {
            case IntValueNode i:
                return i.Value == ((IntValueNode)b).Value;
            case FloatValueNode f:
                return f.Value == ((FloatValueNode)b).Value;
            case StringValueNode s:
                var other = (StringValueNode)b;
                return s.Block == other.Block && s.Value == other.Value;
            case BooleanValueNode boolean:
                return boolean.Value == ((BooleanValueNode)b).Value;
            case NullValueNode:
                return true;
            case EnumValueNode e:
                return e.Value == ((EnumValueNode)b).Value;
            case VariableNode v:
                return v.Name.Value == ((VariableNode)b).Name.Value;
            case ListValueNode list:
                var otherList = (ListValueNode)b;
                if (list.Values.Count != otherList.Values.Count)
                {
                    return false;
                }

                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (!SameValue(list.Values[i], otherList.Values[i]))
                    {
                        return false;
                    }
                }

                return true;
            case ObjectValueNode obj:
                var otherObj = (ObjectValueNode)b;
                if (obj.Fields.Count != otherObj.Fields.Count)
                {
                    return false;
                }

                var sorted1 = SortFields(obj.Fields);
                var sorted2 = SortFields(otherObj.Fields);
                for (var i = 0; i < sorted1.Count; i++)
                {
                    if (sorted1[i].Name.Value != sorted2[i].Name.Value || !SameValue(sorted1[i].Value, sorted2[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static List<ObjectFieldNode> SortFields(IReadOnlyList<ObjectFieldNode> fields)
    {
        var sorted = new List<ObjectFieldNode>(fields);
        SuggestionList.StableSort(sorted, static (x, y) => SuggestionList.NaturalCompare(x.Name.Value, y.Name.Value));
        return sorted;
    }

    private readonly record struct FieldEntry(NamedType? ParentType, FieldNode Node, OutputField? Definition);

    private readonly record struct ConflictReason(string ResponseName, object Reason);

    private sealed record Conflict(ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>Response name to the fields that produce it, in first-seen order.</summary>
    private sealed class FieldMap
    {
        public List<string> Keys { get; } = [];

        public Dictionary<string, List<FieldEntry>> Entries { get; } = new(StringComparer.Ordinal);

        public void Add(string responseName, FieldEntry entry)
        {
            if (!Entries.TryGetValue(responseName, out var list))
            {
                Entries[responseName] = list = [];
                Keys.Add(responseName);
            }

            list.Add(entry);
        }
    }

    private sealed class FieldsAndFragmentNames(FieldMap fieldMap, List<string> fragmentNames)
    {
        public FieldMap FieldMap { get; } = fieldMap;

        public List<string> FragmentNames { get; } = fragmentNames;
    }

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
        private readonly Dictionary<SelectionSetNode, FieldsAndFragmentNames> _cachedFieldsAndFragmentNames = new(ReferenceEqualityComparer.Instance);

        public override VisitAction EnterSelectionSet(SelectionSetNode node)
        {
            var conflicts = FindConflictsWithinSelectionSet(Context.ParentType, node);
            foreach (var conflict in conflicts)
            {
                var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
                nodes.AddRange(conflict.Fields1);
                nodes.AddRange(conflict.Fields2);
                Context.ReportError(
                    $"Fields \"{conflict.Reason.ResponseName}\" conflict because {ReasonMessage(conflict.Reason.Reason)}. Use different aliases on the fields to fetch both if this was intentional.",
                    nodes);
            }

            return VisitAction.Continue;
        }

        private bool PairSetHas(string a, string b, bool areMutuallyExclusive)
        {
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (!_comparedFragmentPairs.TryGetValue(key, out var result))
            {
                return false;
            }

            // Comparing without exclusivity covers the exclusive comparison too, not the other way round.
            return areMutuallyExclusive || areMutuallyExclusive == result;
        }

        private void PairSetAdd(string a, string b, bool areMutuallyExclusive)
        {
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            _comparedFragmentPairs[key] = areMutuallyExclusive;
        }

        private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(parentType, selectionSet);

            // (A) conflicts within the fields of this selection set; the only place fields are compared within.
            CollectConflictsWithin(conflicts, fieldMap);

            if (fragmentNames.Count != 0)
            {
                var discovered = new List<(string, string)>();
                for (var i = 0; i < fragmentNames.Count; i++)
                {
                    // (B) between these fields and each spread fragment.
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i], discovered);

                    // (C) between each pair of fragments spread here.
                    for (var j = i + 1; j < fragmentNames.Count; j++)
                    {
                        CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                    }
                }

                ProcessDiscoveredFragments(conflicts, false, fieldMap, discovered);
            }

            return conflicts;
        }

        private void CollectConflictsBetweenFieldsAndFragment(
            List<Conflict> conflicts,
            bool areMutuallyExclusive,
            FieldMap fieldMap,
            string fragmentName,
            List<(string, string)> discovered)
        {
            if (Context.GetFragment(fragmentName) is not { } fragment)
            {
                return;
            }

            var (fieldMap2, referencedFragmentNames) = GetReferencedFieldsAndFragmentNames(fragment);

            // Do not compare a fragment's field map to itself.
            if (ReferenceEquals(fieldMap, fieldMap2))
            {
                return;
            }

            // (D) between the fields and the fragment's fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap, fieldMap2);
            foreach (var referenced in referencedFragmentNames)
            {
                discovered.Add((fragmentName, referenced));
            }
        }

        // (E) between the fields and fragments the spread fragments spread, processed as a work list.
        private void ProcessDiscoveredFragments(List<Conflict> conflicts, bool areMutuallyExclusive, FieldMap fieldMap, List<(string, string)> discovered)
        {
            while (discovered.Count > 0)
            {
                var (fragmentName, referencedFragmentName) = discovered[^1];
                discovered.RemoveAt(discovered.Count - 1);
                if (PairSetHas(referencedFragmentName, fragmentName, areMutuallyExclusive))
                {
                    continue;
                }

                PairSetAdd(referencedFragmentName, fragmentName, areMutuallyExclusive);
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fieldMap, referencedFragmentName, discovered);
            }
        }

        private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            if (fragmentName1 == fragmentName2 || PairSetHas(fragmentName1, fragmentName2, areMutuallyExclusive))
            {
                return;
            }

            PairSetAdd(fragmentName1, fragmentName2, areMutuallyExclusive);
            if (Context.GetFragment(fragmentName1) is not { } fragment1 || Context.GetFragment(fragmentName2) is not { } fragment2)
            {
                return;
            }

            var (fieldMap1, referenced1) = GetReferencedFieldsAndFragmentNames(fragment1);
            var (fieldMap2, referenced2) = GetReferencedFieldsAndFragmentNames(fragment2);

            // (F) between the two fragments' own fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap1, fieldMap2);

            // (G) between each fragment and the fragments the other spreads.
            foreach (var referenced in referenced2)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced);
            }

            foreach (var referenced in referenced1)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced, fragmentName2);
            }
        }

        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool areMutuallyExclusive,
            NamedType? parentType1,
            SelectionSetNode selectionSet1,
            NamedType? parentType2,
            SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(parentType1, selectionSet1);
            var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(parentType2, selectionSet2);

            // (H) between the two sets of fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap1, fieldMap2);

            // (I) between each set of fields and the fragments spread in the other.
            var discovered = new List<(string, string)>();
            foreach (var fragmentName2 in fragmentNames2)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fieldMap1, fragmentName2, discovered);
            }

            ProcessDiscoveredFragments(conflicts, areMutuallyExclusive, fieldMap1, discovered);
            foreach (var fragmentName1 in fragmentNames1)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fieldMap2, fragmentName1, discovered);
            }

            ProcessDiscoveredFragments(conflicts, areMutuallyExclusive, fieldMap2, discovered);

            // (J) between the fragments spread in each.
            foreach (var fragmentName1 in fragmentNames1)
            {
                foreach (var fragmentName2 in fragmentNames2)
                {
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
                }
            }

            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fieldMap)
        {
            foreach (var responseName in fieldMap.Keys)
            {
                var fields = fieldMap.Entries[responseName];
                if (fields.Count < 2)
                {
                    continue;
                }

                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
        {
            foreach (var responseName in fieldMap1.Keys)
            {
                if (!fieldMap2.Entries.TryGetValue(responseName, out var fields2))
                {
                    continue;
                }

                foreach (var field1 in fieldMap1.Entries[responseName])
                {
                    foreach (var field2 in fields2)
                    {
                        if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
        {
            var (parentType1, node1, def1) = field1;
            var (parentType2, node2, def2) = field2;

            // Fields of two different object types never apply together, so they may differ in name and
            // arguments; interfaces and unions might overlap (now or later) and may not.
            var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(parentType1, parentType2) && parentType1 is ObjectType && parentType2 is ObjectType);

            if (!areMutuallyExclusive)
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                if (name1 != name2)
                {
                    return new Conflict(new ConflictReason(responseName, $"\"{name1}\" and \"{name2}\" are different fields"), [node1], [node2]);
                }

                if (!SameArguments(node1, node2))
                {
                    return new Conflict(new ConflictReason(responseName, "they have differing arguments"), [node1], [node2]);
                }
            }

            var type1 = def1?.Type;
            var type2 = def2?.Type;
            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                return new Conflict(
                    new ConflictReason(responseName, $"they return conflicting types \"{TypeHelpers.Print(type1)}\" and \"{TypeHelpers.Print(type2)}\""),
                    [node1],
                    [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var conflicts = FindConflictsBetweenSubSelectionSets(
                    areMutuallyExclusive,
                    TypeHelpers.GetNamedType(type1),
                    selectionSet1,
                    TypeHelpers.GetNamedType(type2),
                    selectionSet2);
                return SubfieldConflicts(conflicts, responseName, node1, node2);
            }

            return null;
        }

        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }

            var reasons = new List<ConflictReason>(conflicts.Count);
            List<FieldNode> fields1 = [node1];
            List<FieldNode> fields2 = [node2];
            foreach (var conflict in conflicts)
            {
                reasons.Add(conflict.Reason);
                fields1.AddRange(conflict.Fields1);
                fields2.AddRange(conflict.Fields2);
            }

            return new Conflict(new ConflictReason(responseName, reasons), fields1, fields2);
        }

        private (FieldMap FieldMap, List<string> FragmentNames) GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
        {
            if (!_cachedFieldsAndFragmentNames.TryGetValue(selectionSet, out var cached))
            {
                var fieldMap = new FieldMap();
                var fragmentNames = new List<string>();
                var seenFragments = new HashSet<string>(StringComparer.Ordinal);
                CollectFieldsAndFragmentNames(parentType, selectionSet, fieldMap, fragmentNames, seenFragments);
                cached = new FieldsAndFragmentNames(fieldMap, fragmentNames);
                _cachedFieldsAndFragmentNames[selectionSet] = cached;
            }

            return (cached.FieldMap, cached.FragmentNames);
        }

        private (FieldMap FieldMap, List<string> FragmentNames) GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment)
        {
            if (_cachedFieldsAndFragmentNames.TryGetValue(fragment.SelectionSet, out var cached))
            {
                return (cached.FieldMap, cached.FragmentNames);
            }

            var fragmentType = Context.Schema.GetType(fragment.TypeCondition.Name.Value);
            return GetFieldsAndFragmentNames(fragmentType, fragment.SelectionSet);
        }

        private void CollectFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap, List<string> fragmentNames, HashSet<string> seenFragments)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var definition = parentType is ComplexOutputType complex ? complex.Fields[field.Name.Value] : null;
                        fieldMap.Add(field.ResponseName, new FieldEntry(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        if (seenFragments.Add(spread.Name.Value))
                        {
                            fragmentNames.Add(spread.Name.Value);
                        }

                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } typeCondition
                            ? Context.Schema.GetType(typeCondition.Name.Value)
                            : parentType;
                        CollectFieldsAndFragmentNames(inlineType, inline.SelectionSet, fieldMap, fragmentNames, seenFragments);
                        break;
                }
            }
        }
    }
}
