using Gql.Fusion.Metadata;
using Gql.Language.Syntax;

namespace Gql.Fusion.Planning;

/// <summary>
/// Splits an operation of the public schema into subgraph requests. Root fields go to the first
/// subgraph (in fusion.json order) that resolves them, grouped per subgraph; fields another subgraph
/// resolves become entity fetches through a lookup of that subgraph, keyed by fields the earlier
/// fetch selects under gateway aliases (<c>__fusion_k_*</c>); <c>@require</c> arguments are filled
/// from fields selected (or fetched) before (<c>__fusion_r_*</c>). Thread-safe; plans are cached by
/// <see cref="QueryPlanCache"/>.
/// </summary>
public sealed class QueryPlanner(FusionSchema schema)
{
    private const string KeyPrefix = "__fusion_k_";
    private const string RequirementPrefix = "__fusion_r_";
    private const string TypeName = "__typename";

    private static readonly IReadOnlyList<ArgumentNode> NoArguments = [];
    private static readonly IReadOnlyList<DirectiveNode> NoDirectives = [];

    public FusionSchema Schema { get; } = schema;

    public QueryPlan Plan(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(fragments);
        return new Run(this, operation, fragments).Plan();
    }

    private readonly record struct FieldSelection(FieldNode Node, ConditionChain? Conditions)
    {
        public string ResponseName => Node.Alias?.Value ?? Node.Name.Value;
    }

    private readonly record struct TypedSelections(string TypeName, ConditionChain? Conditions, IReadOnlyList<SelectionNode> Selections);

    private sealed class Run(QueryPlanner planner, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        private readonly FusionSchema _schema = planner.Schema;
        private readonly List<FetchBuilder> _fetches = [];

        public QueryPlan Plan()
        {
            var rootName = operation.Operation switch
            {
                OperationType.Query => _schema.QueryType,
                OperationType.Mutation => _schema.MutationType,
                _ => _schema.SubscriptionType,
            } ?? throw new QueryPlanningException($"The gateway does not plan {operation.Operation.ToString().ToLowerInvariant()} operations.");
            var rootType = _schema.GetType(rootName);
            var fields = new List<FieldSelection>();
            var typed = new List<TypedSelections>();
            CollectFields(rootType, operation.SelectionSet.Selections, null, fields, typed);
            MergeSameResponseNames(fields);

            var rootResponseNames = new List<string>();
            if (operation.Operation == OperationType.Mutation)
            {
                PlanMutationFields(rootType, fields, rootResponseNames);
            }
            else
            {
                PlanQueryFields(rootType, fields, rootResponseNames);
            }

            return Build(rootResponseNames);
        }

        private void PlanQueryFields(CompositeType rootType, List<FieldSelection> fields, List<string> rootResponseNames)
        {
            var groups = new List<(FetchBuilder Fetch, List<FieldSelection> Fields)>();
            foreach (var selection in fields)
            {
                if (IsMetaField(selection))
                {
                    continue;
                }

                var field = GetField(rootType, selection);
                var subgraph = ChooseRootSubgraph(rootType, field, groups.Select(g => g.Fetch.Subgraph));
                var index = groups.FindIndex(g => g.Fetch.Subgraph == subgraph);
                if (index < 0)
                {
                    groups.Add((new FetchBuilder(subgraph, FetchKind.Root, [], null, null), []));
                    index = groups.Count - 1;
                }

                groups[index].Fields.Add(selection);
                if (!rootResponseNames.Contains(selection.ResponseName))
                {
                    rootResponseNames.Add(selection.ResponseName);
                }
            }

            foreach (var (fetch, groupFields) in groups)
            {
                _fetches.Add(fetch);
                PlanSelectionSet(rootType, groupFields, [], fetch, fetch.Selections, [], true);
            }
        }

        // Mutation fields run one after another (spec 6.2.2), each with everything below it.
        private void PlanMutationFields(CompositeType rootType, List<FieldSelection> fields, List<string> rootResponseNames)
        {
            var previous = new List<FetchBuilder>();
            foreach (var selection in fields)
            {
                if (IsMetaField(selection))
                {
                    continue;
                }

                var field = GetField(rootType, selection);
                var fetch = new FetchBuilder(ChooseRootSubgraph(rootType, field, []), FetchKind.Root, [], null, null);
                fetch.DependsOn.UnionWith(previous);
                var start = _fetches.Count;
                _fetches.Add(fetch);
                PlanSelectionSet(rootType, [selection], [], fetch, fetch.Selections, [], true);
                previous = _fetches.GetRange(start, _fetches.Count - start);
                if (!rootResponseNames.Contains(selection.ResponseName))
                {
                    rootResponseNames.Add(selection.ResponseName);
                }
            }
        }

        private static bool IsMetaField(FieldSelection selection) => selection.Node.Name.Value.StartsWith("__", StringComparison.Ordinal);

        private static string ChooseRootSubgraph(CompositeType rootType, CompositeField field, IEnumerable<string> preferred)
        {
            foreach (var subgraph in preferred)
            {
                if (field.GetSource(subgraph) is { IsInternal: false, Requirements.Count: 0 })
                {
                    return subgraph;
                }
            }

            foreach (var source in field.Sources)
            {
                if (source is { IsInternal: false, Requirements.Count: 0 })
                {
                    return source.Subgraph;
                }
            }

            throw new QueryPlanningException($"No subgraph resolves the root field {rootType.Name}.{field.Name}.");
        }

        private void CollectFields(
            CompositeType parentType,
            IReadOnlyList<SelectionNode> selections,
            ConditionChain? conditions,
            List<FieldSelection> fields,
            List<TypedSelections> typed)
        {
            foreach (var selection in selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        fields.Add(new FieldSelection(field, conditions));
                        break;
                    case InlineFragmentNode inline:
                        CollectFragment(parentType, inline.TypeCondition?.Name.Value, inline.Directives, inline.SelectionSet.Selections, conditions, fields, typed);
                        break;
                    case FragmentSpreadNode spread:
                        if (!fragments.TryGetValue(spread.Name.Value, out var definition))
                        {
                            throw new QueryPlanningException($"Unknown fragment \"{spread.Name.Value}\".");
                        }

                        CollectFragment(parentType, definition.TypeCondition.Name.Value, spread.Directives, definition.SelectionSet.Selections, conditions, fields, typed);
                        break;
                }
            }
        }

        private void CollectFragment(
            CompositeType parentType,
            string? typeCondition,
            IReadOnlyList<DirectiveNode> directives,
            IReadOnlyList<SelectionNode> selections,
            ConditionChain? conditions,
            List<FieldSelection> fields,
            List<TypedSelections> typed)
        {
            var chain = directives.Count > 0 ? new ConditionChain(conditions, directives) : conditions;
            if (typeCondition is null || typeCondition == parentType.Name || AppliesTo(typeCondition, parentType))
            {
                CollectFields(parentType, selections, chain, fields, typed);
                return;
            }

            typed.Add(new TypedSelections(typeCondition, chain, selections));
        }

        /// <summary>
        /// Fields with the same response name are one field (spec 6.3.2 CollectFields): their selection
        /// sets are planned as one, so the entities below them are fetched once per subgraph, not
        /// once per occurrence (a fragment and an inline selection of <c>product</c>, say). Only
        /// occurrences under the same fragment conditions and without directives of their own merge.
        /// </summary>
        private static void MergeSameResponseNames(List<FieldSelection> fields)
        {
            if (fields.Count < 2)
            {
                return;
            }

            var first = new Dictionary<(string ResponseName, ConditionChain? Conditions), int>();
            var merged = new List<FieldSelection>(fields.Count);
            foreach (var selection in fields)
            {
                if (selection.Node.Directives.Count > 0)
                {
                    merged.Add(selection);
                    continue;
                }

                if (!first.TryGetValue((selection.ResponseName, selection.Conditions), out var index))
                {
                    first[(selection.ResponseName, selection.Conditions)] = merged.Count;
                    merged.Add(selection);
                    continue;
                }

                var earlier = merged[index].Node;
                if (earlier.SelectionSet is { } set && selection.Node.SelectionSet is { } more)
                {
                    var node = earlier with { SelectionSet = set with { Selections = [.. set.Selections, .. more.Selections] } };
                    merged[index] = merged[index] with { Node = node };
                }
            }

            fields.Clear();
            fields.AddRange(merged);
        }

        // A fragment on an interface or union applies in full to an object type that belongs to it.
        private bool AppliesTo(string typeCondition, CompositeType objectType)
            => objectType.Kind == CompositeTypeKind.Object
                && _schema.TryGetType(typeCondition, out var condition)
                && condition.IsAbstract
                && (objectType.Interfaces.Contains(typeCondition) || condition.PossibleTypes.Contains(objectType.Name));

        /// <summary>Plans the selections of one object (or abstract) value that <paramref name="fetch"/> returns.</summary>
        private void PlanSelectionSet(
            CompositeType parentType,
            List<FieldSelection> fields,
            List<TypedSelections> typed,
            FetchBuilder fetch,
            SelectionBuilder target,
            IReadOnlyList<string> path,
            bool isFetchTop)
        {
            var remote = new List<(FieldSelection Selection, CompositeField Field)>();
            foreach (var selection in fields)
            {
                if (selection.Node.Name.Value == TypeName)
                {
                    continue;
                }

                var field = GetField(parentType, selection);
                var source = field.GetSource(fetch.Subgraph);
                var resolvesHere = source is { IsInternal: false }
                    && (source.Requirements.Count == 0 || (isFetchTop && fetch.RequirementArguments.ContainsKey(selection.Node)));
                if (resolvesHere)
                {
                    EmitField(selection, field, fetch, target, path, isFetchTop);
                }
                else
                {
                    remote.Add((selection, field));
                }
            }

            foreach (var fragment in typed)
            {
                if (!_schema.TryGetType(fragment.TypeName, out var type) || !type.IsDefinedIn(fetch.Subgraph))
                {
                    continue;
                }

                var item = new SelectionBuilder.FragmentItem(fragment.TypeName, NoDirectives);
                Wrap(target, fragment.Conditions).Add(item);
                var innerFields = new List<FieldSelection>();
                var innerTyped = new List<TypedSelections>();
                CollectFields(type, fragment.Selections, null, innerFields, innerTyped);
                MergeSameResponseNames(innerFields);
                PlanSelectionSet(type, innerFields, innerTyped, fetch, item.Selections, path, isFetchTop);
                EnsureNotEmpty(item.Selections);
            }

            if (remote.Count > 0)
            {
                PlanEntityFetches(parentType, remote, fetch, target, path);
            }
        }

        private void EmitField(FieldSelection selection, CompositeField field, FetchBuilder fetch, SelectionBuilder target, IReadOnlyList<string> path, bool isFetchTop)
        {
            var node = selection.Node;
            var arguments = node.Arguments;
            if (isFetchTop && fetch.RequirementArguments.TryGetValue(node, out var extra))
            {
                arguments = [.. arguments, .. extra];
            }

            var item = new SelectionBuilder.FieldItem(node.Alias?.Value, node.Name.Value, arguments, node.Directives);
            if (node.SelectionSet is not null)
            {
                var childType = _schema.GetType(field.TypeName);
                item.Selections = new SelectionBuilder();
                if (childType.IsAbstract)
                {
                    item.Selections.AddInternal(new SelectionBuilder.FieldItem(null, TypeName, NoArguments, NoDirectives));
                }

                var childFields = new List<FieldSelection>();
                var childTyped = new List<TypedSelections>();
                CollectFields(childType, node.SelectionSet.Selections, null, childFields, childTyped);
                MergeSameResponseNames(childFields);
                PlanSelectionSet(childType, childFields, childTyped, fetch, item.Selections, [.. path, selection.ResponseName], false);
                EnsureNotEmpty(item.Selections);
            }

            Wrap(target, selection.Conditions).Add(item);
            if (isFetchTop)
            {
                fetch.AddResponseName(selection.ResponseName);
            }
        }

        /// <summary>The fields of one entity value that <paramref name="parent"/>'s subgraph does not resolve: one entity fetch per other subgraph.</summary>
        private void PlanEntityFetches(
            CompositeType entityType,
            List<(FieldSelection Selection, CompositeField Field)> remote,
            FetchBuilder parent,
            SelectionBuilder parentTarget,
            IReadOnlyList<string> path)
        {
            if (entityType.IsAbstract)
            {
                throw new QueryPlanningException(
                    $"The fields {string.Join(", ", remote.Select(r => entityType.Name + "." + r.Field.Name))} are not resolved by subgraph \"{parent.Subgraph}\"; select them in a fragment on an object type.");
            }

            var groups = new List<(string Subgraph, Lookup Lookup, List<FieldSelection> Fields)>();
            foreach (var (selection, field) in remote)
            {
                var index = groups.FindIndex(g => field.GetSource(g.Subgraph) is { IsInternal: false });
                if (index < 0)
                {
                    foreach (var source in field.Sources)
                    {
                        if (!source.IsInternal && FindLookup(entityType, source.Subgraph, parent.Subgraph) is { } lookup)
                        {
                            groups.Add((source.Subgraph, lookup, []));
                            index = groups.Count - 1;
                            break;
                        }
                    }
                }

                if (index < 0)
                {
                    throw new QueryPlanningException(
                        $"The field {entityType.Name}.{field.Name} cannot be reached from subgraph \"{parent.Subgraph}\": no subgraph that resolves it has a lookup for {entityType.Name} whose key fields \"{parent.Subgraph}\" resolves.");
                }

                groups[index].Fields.Add(selection);
            }

            // Groups with @require fields last: their required values may come from a sibling fetch.
            var siblings = new List<FetchBuilder>();
            foreach (var (subgraph, lookup, fields) in groups.OrderBy(g => HasRequirements(entityType, g.Subgraph, g.Fields) ? 1 : 0))
            {
                PlanEntityFetch(entityType, subgraph, lookup, fields, parent, parentTarget, path, siblings);
            }
        }

        private void PlanEntityFetch(
            CompositeType entityType,
            string subgraph,
            Lookup lookup,
            List<FieldSelection> fields,
            FetchBuilder parent,
            SelectionBuilder parentTarget,
            IReadOnlyList<string> path,
            List<FetchBuilder> siblings)
        {
            var fetch = new FetchBuilder(subgraph, FetchKind.Entity, path, entityType.Name, lookup);
            fetch.DependsOn.Add(parent);
            foreach (var argument in lookup.Arguments)
            {
                var source = SelectInternal(parentTarget, entityType, argument.KeyPath, KeyPrefix, parent.Subgraph);
                fetch.EntityVariables.Add(new EntityVariable("__fusion_" + argument.Name, argument.Type, source));
            }

            foreach (var selection in fields)
            {
                var field = entityType.GetField(selection.Node.Name.Value);
                var requirements = field.GetSource(subgraph)!.Requirements;
                if (requirements.Count == 0)
                {
                    continue;
                }

                var arguments = new List<ArgumentNode>(requirements.Count);
                foreach (var requirement in requirements)
                {
                    var source = SelectRequirement(entityType, requirement, parent, parentTarget, path, fetch, siblings);
                    var variable = "__fusion_r" + fetch.EntityVariables.Count;
                    fetch.EntityVariables.Add(new EntityVariable(variable, requirement.ArgumentType, source));
                    arguments.Add(new ArgumentNode(null, new NameNode(null, requirement.ArgumentName), new VariableNode(null, new NameNode(null, variable))));
                }

                fetch.RequirementArguments[selection.Node] = arguments;
            }

            _fetches.Add(fetch);
            siblings.Add(fetch);
            PlanSelectionSet(entityType, fields, [], fetch, fetch.Selections, path, true);
        }

        private static bool HasRequirements(CompositeType entityType, string subgraph, List<FieldSelection> fields)
            => fields.Exists(f => entityType.GetField(f.Node.Name.Value).GetSource(subgraph) is { Requirements.Count: > 0 });

        private IReadOnlyList<string> SelectRequirement(
            CompositeType entityType,
            FieldRequirement requirement,
            FetchBuilder parent,
            SelectionBuilder parentTarget,
            IReadOnlyList<string> path,
            FetchBuilder dependent,
            List<FetchBuilder> siblings)
        {
            if (IsResolvable(entityType, requirement.Path, parent.Subgraph))
            {
                return SelectInternal(parentTarget, entityType, requirement.Path, RequirementPrefix, parent.Subgraph);
            }

            // A fetch of the same entities to a subgraph that has the required field: it selects it too.
            foreach (var sibling in siblings)
            {
                if (IsResolvable(entityType, requirement.Path, sibling.Subgraph))
                {
                    dependent.DependsOn.Add(sibling);
                    return SelectInternal(sibling.Selections, entityType, requirement.Path, RequirementPrefix, sibling.Subgraph);
                }
            }

            // Another subgraph has the required field: fetch it first, into the same entities.
            var first = entityType.GetField(requirement.Path[0]);
            foreach (var source in first.Sources)
            {
                if (IsResolvable(entityType, requirement.Path, source.Subgraph)
                    && FindLookup(entityType, source.Subgraph, parent.Subgraph) is { } lookup)
                {
                    var provider = new FetchBuilder(source.Subgraph, FetchKind.Entity, path, entityType.Name, lookup);
                    provider.DependsOn.Add(parent);
                    foreach (var argument in lookup.Arguments)
                    {
                        var key = SelectInternal(parentTarget, entityType, argument.KeyPath, KeyPrefix, parent.Subgraph);
                        provider.EntityVariables.Add(new EntityVariable("__fusion_" + argument.Name, argument.Type, key));
                    }

                    var selected = SelectInternal(provider.Selections, entityType, requirement.Path, RequirementPrefix, source.Subgraph);
                    provider.AddResponseName(selected[0]);
                    _fetches.Add(provider);
                    siblings.Add(provider);
                    dependent.DependsOn.Add(provider);
                    return selected;
                }
            }

            throw new QueryPlanningException(
                $"The requirement \"{requirement.Field}\" of {entityType.Name} cannot be fetched before subgraph \"{dependent.Subgraph}\" is asked.");
        }

        /// <summary>Selects a key or required field path under a gateway alias (once per selection set); returns where its value is read.</summary>
        private IReadOnlyList<string> SelectInternal(SelectionBuilder target, CompositeType type, IReadOnlyList<string> fieldPath, string prefix, string subgraph)
        {
            if (!IsResolvable(type, fieldPath, subgraph))
            {
                throw new QueryPlanningException(
                    $"Subgraph \"{subgraph}\" does not resolve {type.Name}.{string.Join('.', fieldPath)}, which a lookup or requirement needs.");
            }

            var alias = prefix + string.Join('_', fieldPath);
            if (!target.TryGetInternal(alias, out _))
            {
                var field = new SelectionBuilder.FieldItem(alias, fieldPath[0], NoArguments, NoDirectives);
                var current = field;
                for (var i = 1; i < fieldPath.Count; i++)
                {
                    var next = new SelectionBuilder.FieldItem(null, fieldPath[i], NoArguments, NoDirectives);
                    current.Selections = new SelectionBuilder();
                    current.Selections.Add(next);
                    current = next;
                }

                target.AddInternal(field);
            }

            return [alias, .. fieldPath.Skip(1)];
        }

        private bool IsResolvable(CompositeType type, IReadOnlyList<string> fieldPath, string subgraph)
        {
            var current = type;
            for (var i = 0; i < fieldPath.Count; i++)
            {
                if (!current.TryGetField(fieldPath[i], out var field) || field.GetSource(subgraph) is null)
                {
                    return false;
                }

                if (i < fieldPath.Count - 1)
                {
                    if (!_schema.TryGetType(field.TypeName, out var next))
                    {
                        return false;
                    }

                    current = next;
                }
            }

            return true;
        }

        /// <summary>A lookup of <paramref name="subgraph"/> for the entity whose key fields <paramref name="keySubgraph"/> resolves; batch lookups first.</summary>
        private Lookup? FindLookup(CompositeType entityType, string subgraph, string keySubgraph)
        {
            Lookup? found = null;
            foreach (var lookup in entityType.Lookups)
            {
                if (lookup.Subgraph != subgraph || lookup.Path.Count != 0 || (lookup.IsBatch && lookup.Arguments.Count != 1))
                {
                    continue;
                }

                var usable = true;
                foreach (var argument in lookup.Arguments)
                {
                    usable &= IsResolvable(entityType, argument.KeyPath, keySubgraph);
                }

                if (usable && (found is null || (lookup.IsBatch && !found.IsBatch)))
                {
                    found = lookup;
                }
            }

            return found;
        }

        // A selection set of only __typename (answered by the gateway) or of fields other fetches
        // resolve still needs one field in the subgraph document.
        private static void EnsureNotEmpty(SelectionBuilder selections)
        {
            if (selections.IsEmpty)
            {
                selections.AddInternal(new SelectionBuilder.FieldItem(null, TypeName, NoArguments, NoDirectives));
            }
        }

        private static CompositeField GetField(CompositeType type, FieldSelection selection)
            => type.TryGetField(selection.Node.Name.Value, out var field)
                ? field
                : throw new QueryPlanningException($"The type {type.Name} has no field \"{selection.Node.Name.Value}\".");

        private static SelectionBuilder Wrap(SelectionBuilder target, ConditionChain? conditions)
        {
            if (conditions is null)
            {
                return target;
            }

            var chain = new List<ConditionChain>();
            for (var c = conditions; c is not null; c = c.Outer)
            {
                chain.Add(c);
            }

            var current = target;
            for (var i = chain.Count - 1; i >= 0; i--)
            {
                var wrapper = new SelectionBuilder.FragmentItem(null, chain[i].Directives);
                current.Add(wrapper);
                current = wrapper.Selections;
            }

            return current;
        }

        private QueryPlan Build(List<string> rootResponseNames)
        {
            var ordered = TopologicalOrder();
            var ids = new Dictionary<FetchBuilder, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < ordered.Count; i++)
            {
                ids[ordered[i]] = i;
            }

            var nodes = new List<FetchNode>(ordered.Count);
            var baseName = operation.Name?.Value;
            for (var i = 0; i < ordered.Count; i++)
            {
                var fetch = ordered[i];
                var document = fetch.PrintDocument(operation, baseName is null ? null : baseName + "_" + i, out var forwarded);
                nodes.Add(new FetchNode(
                    i,
                    fetch.Subgraph,
                    fetch.Kind,
                    document,
                    fetch.DependsOn.Select(d => ids[d]).Order().ToArray(),
                    fetch.Path,
                    fetch.EntityType,
                    fetch.Lookup,
                    fetch.EntityVariables.ToArray(),
                    forwarded.ToArray(),
                    fetch.ResponseNames.ToArray()));
            }

            return new QueryPlan(operation.Operation, nodes, rootResponseNames);
        }

        // Creation order, except that a fetch comes after everything it depends on.
        private List<FetchBuilder> TopologicalOrder()
        {
            var ordered = new List<FetchBuilder>(_fetches.Count);
            var placed = new HashSet<FetchBuilder>(ReferenceEqualityComparer.Instance);
            while (ordered.Count < _fetches.Count)
            {
                var progress = false;
                foreach (var fetch in _fetches)
                {
                    if (!placed.Contains(fetch) && fetch.DependsOn.All(placed.Contains))
                    {
                        ordered.Add(fetch);
                        placed.Add(fetch);
                        progress = true;
                    }
                }

                if (!progress)
                {
                    throw new QueryPlanningException("The plan has a dependency cycle.");
                }
            }

            return ordered;
        }
    }
}
