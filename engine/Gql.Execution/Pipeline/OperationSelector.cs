using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Execution;

/// <summary>GetOperation (spec section 6.1), with graphql-js's messages.</summary>
internal static class OperationSelector
{
    public static bool TrySelect(DocumentNode document, string? operationName, out OperationDefinitionNode operation, out GraphQLError error)
    {
        OperationDefinitionNode? selected = null;
        error = null!;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate)
            {
                continue;
            }

            if (operationName is null)
            {
                if (selected is not null)
                {
                    operation = null!;
                    error = GraphQLError.WithCode("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationNotFound);
                    return false;
                }

                selected = candidate;
            }
            else if (candidate.Name?.Value == operationName)
            {
                selected = candidate;
            }
        }

        if (selected is null)
        {
            operation = null!;
            error = operationName is not null
                ? GraphQLError.WithCode($"Unknown operation named \"{operationName}\".", ErrorCodes.OperationNotFound)
                : GraphQLError.WithCode("Must provide an operation.", ErrorCodes.OperationNotFound);
            return false;
        }

        operation = selected;
        return true;
    }
}
