namespace Gql.Execution;

/// <summary>The code <see cref="DictionaryPlanCompiler"/> generated for an operation, with the selection sets it reads.</summary>
internal sealed class CompiledDictionaryPlan(
    Func<Dictionary<string, object?>, CompiledSelectionSet[], ResultMap?> run,
    CompiledSelectionSet[] selectionSets)
{
    /// <summary>The data of the query, or null when the general executor has to run it.</summary>
    public ResultMap? Run(Dictionary<string, object?> root) => run(root, selectionSets);
}
