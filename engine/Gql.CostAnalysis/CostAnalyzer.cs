using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.CostAnalysis;

/// <summary>
/// Static cost analysis of an operation under the IBM GraphQL Cost Directives (as Hot Chocolate applies
/// them). Expects a document that passed validation.
/// </summary>
public static class CostAnalyzer
{
    /// <summary>
    /// The field and type cost of the selected operation. Slicing arguments given as variables use
    /// <paramref name="variables"/> (the request's values), else the variable's default, else the
    /// argument's default, else <c>assumedSize</c>.
    /// </summary>
    public static OperationCost Analyze(
        Schema schema,
        DocumentNode document,
        string? operationName = null,
        IReadOnlyDictionary<string, object?>? variables = null,
        CostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        if (SelectOperation(document, operationName) is not { } operation || schema.GetRootType(operation.Operation) is not { } root)
        {
            return new OperationCost(0, 0, []);
        }

        return new CostWalker(schema, document, operation, variables, options ?? new CostOptions()).Run(root);
    }

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? selected = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation && (operationName is null || operation.Name?.Value == operationName))
            {
                if (selected is not null)
                {
                    return null;
                }

                selected = operation;
            }
        }

        return selected;
    }
}
