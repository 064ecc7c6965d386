using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Execution;

/// <summary>
/// An operation prepared for execution: the root type, the fragments, and the values of the
/// variables that @skip/@include depend on (one compiled variant per combination), so field
/// collection runs once per selection set and object type and is reused across requests.
/// </summary>
internal sealed class CompiledOperation
{
    // After this many requests whose data the dictionary plan could not complete, only the
    // general executor runs the operation (its data does not have the plain shape).
    private const int DictionaryPlanMissLimit = 4;

    // The generic walk runs this many requests before the plan's code is generated.
    private const int CompileAfterRuns = 2;

    private CompiledSelectionSet? _rootSelectionSet;
    private int _dictionaryPlanMisses;
    private int _dictionaryPlanRuns;

    public CompiledOperation(
        Schema schema,
        OperationDefinitionNode definition,
        ObjectType rootType,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, bool> conditions)
    {
        Schema = schema;
        Definition = definition;
        RootType = rootType;
        Fragments = fragments;
        Conditions = conditions;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Definition { get; }

    public ObjectType RootType { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The boolean value of each variable used by @skip/@include in this variant.</summary>
    public IReadOnlyDictionary<string, bool> Conditions { get; }

    public CompiledSelectionSet RootSelectionSet
        => _rootSelectionSet ??= FieldCollector.CollectRootFields(this);

    /// <summary>True while <see cref="DictionaryExecution"/> should be tried first for a query.</summary>
    public bool UsesDictionaryPlan
        => _dictionaryPlanMisses < DictionaryPlanMissLimit && (GeneratedDictionaryPlan is not null || RootSelectionSet.ReadsDataOnly);

    /// <summary>The dictionary plan gave the request to the general executor.</summary>
    public void DictionaryPlanMissed() => _dictionaryPlanMisses++;

    /// <summary>The plan's generated code (<see cref="DictionaryPlanCompiler"/>), once the data's shapes are learned.</summary>
    public CompiledDictionaryPlan? GeneratedDictionaryPlan { get; private set; }

    /// <summary>
    /// The generic walk completed a request: the second time (the first one learned the key
    /// orders) the plan's code is generated; an operation it declines keeps the generic walk.
    /// </summary>
    public void DictionaryPlanCompleted(Dictionary<string, object?> rootValue)
    {
        if (_dictionaryPlanRuns < CompileAfterRuns && ++_dictionaryPlanRuns == CompileAfterRuns)
        {
            GeneratedDictionaryPlan = DictionaryPlanCompiler.TryCompile(RootSelectionSet, rootValue);
        }
    }
}
