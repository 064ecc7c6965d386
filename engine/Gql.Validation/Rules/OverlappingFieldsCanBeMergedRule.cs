using System.Text;
using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields with the same response name must be mergeable (same field
/// and arguments unless their parents are distinct object types, and always compatible return shapes).
/// Follows graphql-js 16.15: fields are compared "within" each selection set once (inline fragments are
/// flattened into their enclosing level) and "between" sets and fragments, with collected fields cached
/// per selection set, compared fragments memoized, and the total work metered by a budget.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500000;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private static string MaybeAbbreviate(string text)
        => text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private static bool SameValue(ValueNode a, ValueNode b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

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

    /// <summary>Object fields in code unit order (stable), as graphql-js orders them to compare arguments.</summary>
    private static List<ObjectFieldNode> SortFields(IReadOnlyList<ObjectFieldNode> fields)
    {
        var sorted = new List<ObjectFieldNode>(fields);
        Suggestions.StableSort(sorted, static (x, y) => string.CompareOrdinal(x.Name.Value, y.Name.Value));
        return sorted;
    }

    private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;

            // Keep the enclosing field and the innermost conflicting fields.
            var start = Math.Max(0, side.Count - remaining);
            for (var i = start; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private sealed class FieldDetails(NamedType? parentType, FieldNode node, OutputField? definition)
    {
        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public OutputField? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed record OverlappingField(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);

    /// <summary>A fragment name of the document (defined or not) with a dense id for cheap memo keys.</summary>
    private sealed class FragmentInfo(int id, string name, FragmentDefinitionNode? definition)
    {
        public int Id { get; } = id;

        public string Name { get; } = name;

        public FragmentDefinitionNode? Definition { get; } = definition;

        public CollectFieldsResult? Fields { get; set; }

        /// <summary>The id of the field collection this fragment was last added to (collections are built one at a time).</summary>
        public int AddedTo { get; set; } = -1;
    }

    /// <summary>The fields of a selection set by response name (first-seen order) and the fragments it spreads.</summary>
    private sealed class CollectFieldsResult(int id)
    {
        public int Id { get; } = id;

        public List<string> Keys { get; } = [];

        public Dictionary<string, List<FieldDetails>> GroupedFieldSet { get; } = new(StringComparer.Ordinal);

        /// <summary>The fragments spread (directly or in inline fragments), each once, in order.</summary>
        public List<FragmentInfo> Fragments { get; } = [];

        /// <summary>Fragments already compared with these fields: fragment id to whether that was mutually exclusive.</summary>
        public Dictionary<int, bool>? ComparedFragments { get; set; }

        /// <summary>The response names shared with another collection (by its id), computed once per pair.</summary>
        public Dictionary<int, List<OverlappingField>>? OverlappingFields { get; set; }

        public void Add(string responseName, FieldDetails details)
        {
            if (!GroupedFieldSet.TryGetValue(responseName, out var list))
            {
                GroupedFieldSet[responseName] = list = [];
                Keys.Add(responseName);
            }

            list.Add(details);
        }
    }

    private sealed class Visitor(ValidationContext context) : ValidationVisitor(context)
    {
        private readonly Dictionary<long, bool> _comparedFragmentPairs = [];
        private readonly Dictionary<(NamedType?, SelectionSetNode), CollectFieldsResult> _cachedCollectFieldsResults = new(new ResultKeyComparer());
        private readonly Dictionary<string, FragmentInfo> _fragments = new(StringComparer.Ordinal);
        private int _remainingComplexityBudget = MaxComplexityBudget;
        private int _nextResultId;

        public override VisitAction EnterSelectionSet(SelectionSetNode node)
        {
            // Inline fragments are flattened into their enclosing response level.
            if (Context.SelectionSetOwner is InlineFragmentNode)
            {
                return VisitAction.Continue;
            }

            if (node.Selections.Count <= 1 && (node.Selections.Count == 0 || node.Selections[0] is not InlineFragmentNode))
            {
                return VisitAction.Continue;
            }

            var conflicts = FindConflictsWithinSelectionSet(Context.ParentType, node);
            foreach (var conflict in conflicts)
            {
                var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
                nodes.AddRange(conflict.Fields1);
                nodes.AddRange(conflict.Fields2);
                Context.ReportError(
                    $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    nodes);
            }

            return VisitAction.Continue;
        }

        private void SpendComplexityBudget(int cost)
        {
            _remainingComplexityBudget -= cost;
            if (_remainingComplexityBudget < 0)
            {
                Context.ReportError(GraphQLError.WithCode("Validation aborted.", ErrorCodes.ValidationFailed));
                throw new ValidationAbortedException();
            }
        }

        private static long PairKey(int a, int b) => ((long)a << 32) | (uint)b;

        private bool PairSetHas(FragmentInfo a, FragmentInfo b, bool weaklyPresent) => DirectedHas(a, b, weaklyPresent) || DirectedHas(b, a, weaklyPresent);

        private bool DirectedHas(FragmentInfo a, FragmentInfo b, bool weaklyPresent)
        {
            if (!_comparedFragmentPairs.TryGetValue(PairKey(a.Id, b.Id), out var result))
            {
                return false;
            }

            // A comparison without exclusivity covers the exclusive one too, not the other way round.
            return weaklyPresent || weaklyPresent == result;
        }

        private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var result = CollectFields(parentType, selectionSet);

            // (A) conflicts within the fields of this selection set; the only place fields are compared within.
            CollectConflictsWithin(conflicts, result);

            // Fragment uses are compared only with fields or with another spread.
            var fragmentNames = result.Fragments;
            if (fragmentNames.Count != 0 && (result.Keys.Count != 0 || fragmentNames.Count > 1))
            {
                for (var i = 0; i < fragmentNames.Count; i++)
                {
                    // (B) between these fields and each spread fragment.
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, result, fragmentNames[i]);

                    // (C) between each pair of fragments spread here.
                    for (var j = i + 1; j < fragmentNames.Count; j++)
                    {
                        CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                    }
                }
            }

            return conflicts;
        }

        private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectFieldsResult result, FragmentInfo fragment)
        {
            SpendComplexityBudget(1);
            if (result.Keys.Count == 0)
            {
                return;
            }

            // Memoize so fields and a fragment are compared once; only a non-exclusive comparison covers both.
            var compared = result.ComparedFragments ??= [];
            if (compared.TryGetValue(fragment.Id, out var wasExclusive) && (!wasExclusive || areMutuallyExclusive))
            {
                return;
            }

            compared[fragment.Id] = areMutuallyExclusive;
            if (CollectFragmentFields(fragment) is not { } result2 || ReferenceEquals(result, result2))
            {
                return;
            }

            // (D) between the fields and the fragment's fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, result, result2);

            // (E) between the fields and the fragments the fragment spreads.
            var referenced = result2.Fragments;
            for (var i = 0; i < referenced.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result, referenced[i]);
            }
        }

        private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, FragmentInfo fragmentName1, FragmentInfo fragmentName2)
        {
            SpendComplexityBudget(2);
            if (ReferenceEquals(fragmentName1, fragmentName2) || PairSetHas(fragmentName1, fragmentName2, areMutuallyExclusive))
            {
                return;
            }

            _comparedFragmentPairs[PairKey(fragmentName1.Id, fragmentName2.Id)] = areMutuallyExclusive;
            if (CollectFragmentFields(fragmentName1) is not { } result1 || CollectFragmentFields(fragmentName2) is not { } result2)
            {
                return;
            }

            // (F) between the two fragments' own fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);

            // (G) between each fragment and the fragments the other spreads.
            foreach (var referenced in result2.Fragments)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced);
            }

            foreach (var referenced in result1.Fragments)
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
            var result1 = CollectFields(parentType1, selectionSet1);
            var result2 = CollectFields(parentType2, selectionSet2);

            // (H) between the two sets of fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);

            // (I) between each set of fields and the fragments spread in the other.
            foreach (var fragmentName2 in result2.Fragments)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result1, fragmentName2);
            }

            foreach (var fragmentName1 in result1.Fragments)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result2, fragmentName1);
            }

            // (J) between the fragments spread in each.
            foreach (var fragmentName1 in result1.Fragments)
            {
                foreach (var fragmentName2 in result2.Fragments)
                {
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
                }
            }

            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, CollectFieldsResult result)
        {
            foreach (var responseName in result.Keys)
            {
                var fields = result.GroupedFieldSet[responseName];
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

        private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectFieldsResult result1, CollectFieldsResult result2)
        {
            if (result1.Keys.Count == 0 || result2.Keys.Count == 0)
            {
                return;
            }

            foreach (var overlapping in GetOverlappingFields(result1, result2))
            {
                foreach (var field1 in overlapping.Fields1)
                {
                    foreach (var field2 in overlapping.Fields2)
                    {
                        if (FindConflict(parentFieldsAreMutuallyExclusive, overlapping.ResponseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private List<OverlappingField> GetOverlappingFields(CollectFieldsResult result1, CollectFieldsResult result2)
        {
            var byResult = result1.OverlappingFields ??= [];
            if (byResult.TryGetValue(result2.Id, out var cached))
            {
                return cached;
            }

            var overlapping = new List<OverlappingField>();
            foreach (var responseName in result1.Keys)
            {
                SpendComplexityBudget(1);
                if (result2.GroupedFieldSet.TryGetValue(responseName, out var fields2))
                {
                    overlapping.Add(new OverlappingField(responseName, result1.GroupedFieldSet[responseName], fields2));
                }
            }

            byResult[result2.Id] = overlapping;
            return overlapping;
        }

        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
        {
            var node1 = field1.Node;
            var node2 = field2.Node;

            // Fields of two different object types never apply together, so they may differ in name and
            // arguments; interfaces and unions might overlap (now or later) and may not.
            var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);

            SpendComplexityBudget(2);
            var type1 = field1.Definition?.Type;
            var type2 = field2.Definition?.Type;
            if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }

            if (!areMutuallyExclusive)
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                string? reason = name1 != name2
                    ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                    : SameArguments(node1.Arguments, node2.Arguments) ? null : "they have differing arguments";
                if (reason is not null)
                {
                    return new Conflict(responseName, reason, [node1], [node2]);
                }
            }

            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                return new Conflict(
                    responseName,
                    $"they return conflicting types \"{TypeHelpers.Print(type1)}\" and \"{TypeHelpers.Print(type2)}\"",
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

            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                if (message.Length > 0)
                {
                    message.Append(" and ");
                }

                message.Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return new Conflict(
                responseName,
                MaybeAbbreviate(message.ToString()),
                CollectConflictNodes(node1, conflicts, first: true),
                CollectConflictNodes(node2, conflicts, first: false));
        }

        private bool SameArguments(IReadOnlyList<ArgumentNode> args1, IReadOnlyList<ArgumentNode> args2)
        {
            if (args1.Count == 0)
            {
                return args2.Count == 0;
            }

            if (args1.Count != args2.Count)
            {
                return false;
            }

            foreach (var arg1 in args1)
            {
                SpendComplexityBudget(1);
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

        /// <summary>Two types conflict when they cannot apply to one value: lists and non-nulls must match, leaves must be equal.</summary>
        private bool DoTypesConflict(IType type1, IType type2)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            SpendComplexityBudget(1);
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

        /// <summary>The fields of a defined fragment (collected once), or null for an unknown fragment.</summary>
        private CollectFieldsResult? CollectFragmentFields(FragmentInfo fragment)
        {
            if (fragment.Fields is null && fragment.Definition is { } definition)
            {
                fragment.Fields = CollectFields(Context.Schema.GetType(definition.TypeCondition.Name.Value), definition.SelectionSet);
            }

            return fragment.Fields;
        }

        private FragmentInfo GetFragmentInfo(string name)
        {
            if (!_fragments.TryGetValue(name, out var info))
            {
                info = new FragmentInfo(_fragments.Count, name, Context.GetFragment(name));
                _fragments[name] = info;
            }

            return info;
        }

        private CollectFieldsResult CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
        {
            if (!_cachedCollectFieldsResults.TryGetValue((parentType, selectionSet), out var result))
            {
                result = new CollectFieldsResult(_nextResultId++);
                CollectFieldsImpl(parentType, selectionSet, result);
                _cachedCollectFieldsResults[(parentType, selectionSet)] = result;
            }

            return result;
        }

        private void CollectFieldsImpl(NamedType? parentType, SelectionSetNode selectionSet, CollectFieldsResult result)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var definition = parentType is ComplexOutputType complex ? complex.Fields[field.Name.Value] : null;
                        result.Add(field.ResponseName, new FieldDetails(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        var fragment = GetFragmentInfo(spread.Name.Value);
                        if (fragment.AddedTo != result.Id)
                        {
                            fragment.AddedTo = result.Id;
                            result.Fragments.Add(fragment);
                        }

                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } typeCondition
                            ? Context.Schema.GetType(typeCondition.Name.Value)
                            : parentType;
                        CollectFieldsImpl(inlineType, inline.SelectionSet, result);
                        break;
                }
            }
        }
    }

    /// <summary>Keys the collected-fields cache by parent type and selection set identity.</summary>
    private sealed class ResultKeyComparer : IEqualityComparer<(NamedType?, SelectionSetNode)>
    {
        public bool Equals((NamedType?, SelectionSetNode) x, (NamedType?, SelectionSetNode) y)
            => ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((NamedType?, SelectionSetNode) obj)
            => HashCode.Combine(
                obj.Item1 is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
