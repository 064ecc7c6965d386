using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation;

/// <summary>
/// What rules see during one validation (graphql-js <c>ValidationContext</c>): the schema and document,
/// the type information at the current node, fragment and variable lookups (cached per validation), and
/// error reporting.
/// </summary>
public sealed class ValidationContext
{
    // graphql-js caps the work spent following fragment spreads so hostile documents cannot stall validation.
    private const int FragmentWorkBudget = 50000;

    private readonly int _maxErrors;
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<FragmentDefinitionNode>> _recursivelyReferencedFragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SyntaxNode, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private TypeInfo? _usageTypeInfo;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(Schema schema, DocumentNode document, int maxErrors, bool hideSuggestions = false)
    {
        HideSuggestions = hideSuggestions;
        Schema = schema;
        Document = document;
        _maxErrors = maxErrors;
        TypeInfo = new TypeInfo(schema);
    }

    public Schema Schema { get; }

    /// <summary>Whether messages leave out "Did you mean ...?" suggestions.</summary>
    public bool HideSuggestions { get; }

    public DocumentNode Document { get; }

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public IType? Type => TypeInfo.Type;

    /// <summary>The composite type whose selection set holds the current node.</summary>
    public NamedType? ParentType => TypeInfo.ParentType;

    /// <summary>The input type expected at the current argument, variable definition or value.</summary>
    public IType? InputType => TypeInfo.InputType;

    /// <summary>The input type around the current value (the list or input object it is in).</summary>
    public IType? ParentInputType => TypeInfo.ParentInputType;

    public OutputField? FieldDef => TypeInfo.FieldDef;

    public Argument? Argument => TypeInfo.Argument;

    public DirectiveDefinition? Directive => TypeInfo.Directive;

    public EnumValue? EnumValue => TypeInfo.EnumValue;

    /// <summary>The location the directives being visited are applied to (e.g. <c>FIELD</c>, <c>QUERY</c>).</summary>
    public string? DirectiveLocation { get; internal set; }

    /// <summary>The node whose selection set is being entered (operation, fragment, field or inline fragment).</summary>
    public SyntaxNode? SelectionSetOwner { get; internal set; }

    /// <summary>Whether the walk is inside a type system definition or extension.</summary>
    public bool IsInTypeSystemDefinition { get; internal set; }

    internal TypeInfo TypeInfo { get; }

    internal List<GraphQLError> Errors => _errors;

    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(GraphQLError.WithCode(
                "Too many validation errors, error limit reached. Validation aborted.",
                ErrorCodes.TooManyErrors));
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    /// <summary>
    /// For failures where graphql-js throws out of <c>validate</c> (no other errors survive): the error
    /// becomes the only one and validation stops.
    /// </summary>
    internal void AbortWithOnly(GraphQLError error)
    {
        _errors.Clear();
        _errors.Add(error);
        throw new ValidationAbortedException();
    }

    public void ReportError(string message, SyntaxNode node)
        => ReportError(GraphQLError.WithCode(message, ErrorCodes.ValidationFailed, LocationsOf(node)));

    public void ReportError(string message, SyntaxNode first, SyntaxNode second)
        => ReportError(GraphQLError.WithCode(message, ErrorCodes.ValidationFailed, LocationsOf(first, second)));

    public void ReportError(string message, IReadOnlyList<SyntaxNode> nodes)
        => ReportError(GraphQLError.WithCode(message, ErrorCodes.ValidationFailed, LocationsOf(nodes)));

    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.TryGetValue(name, out var found) ? found : null;
    }

    /// <summary>The fragment spreads in a selection set, nested ones included (not through fragments).</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet) => GetSpreadList(selectionSet);

    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
        => GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>Every fragment the operations reach through spreads, breadth first, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetSpreadList(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        var key = string.Join('\u0001', sorted);
        if (_recursivelyReferencedFragments.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var fragment = GetFragment(names[i]);
            if (fragment is null)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetSpreadList(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        _recursivelyReferencedFragments[key] = fragments;
        return fragments;
    }

    /// <summary>The variables used in an operation or fragment (not through spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node) => GetUsageList(node);

    /// <summary>The variables used in an operation and every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        if (!_recursiveVariableUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var local = GetUsageList(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }

            _recursiveVariableUsages[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        var own = GetUsageList(operation);
        usages = new List<VariableUsage>(own.Count + fragmentUsages.Count);
        usages.AddRange(own);
        usages.AddRange(fragmentUsages);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Charges work spent following fragments; validation aborts when the budget is exhausted.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            _errors.Add(GraphQLError.WithCode("Validation aborted.", ErrorCodes.ValidationFailed));
            throw new ValidationAbortedException();
        }
    }

    internal static List<ErrorLocation>? LocationsOf(SyntaxNode node)
        => node.Location is { } location ? [new ErrorLocation(location.Line, location.Column)] : null;

    private static List<ErrorLocation>? LocationsOf(SyntaxNode first, SyntaxNode second)
    {
        List<ErrorLocation>? locations = null;
        if (first.Location is { } a)
        {
            locations = [new ErrorLocation(a.Line, a.Column)];
        }

        if (second.Location is { } b)
        {
            (locations ??= []).Add(new ErrorLocation(b.Line, b.Column));
        }

        return locations;
    }

    private static List<ErrorLocation>? LocationsOf(IReadOnlyList<SyntaxNode> nodes)
    {
        List<ErrorLocation>? locations = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Location is { } location)
            {
                (locations ??= new List<ErrorLocation>(nodes.Count)).Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        return locations;
    }

    private List<FragmentSpreadNode> GetSpreadList(SelectionSetNode node)
    {
        if (_fragmentSpreads.TryGetValue(node, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(node);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        setsToVisit.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[node] = spreads;
        return spreads;
    }

    private List<VariableUsage> GetUsageList(ExecutableDefinitionNode node)
    {
        if (_variableUsages.TryGetValue(node, out var usages))
        {
            return usages;
        }

        usages = [];
        // Each usage walk is complete and leaves the type info's stacks empty, so one instance serves all.
        var walker = new DocumentWalker(this, _usageTypeInfo ??= new TypeInfo(Schema), [], usages);
        walker.WalkDefinition(node);
        _variableUsages[node] = usages;
        return usages;
    }
}
