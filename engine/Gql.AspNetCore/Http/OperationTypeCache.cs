using System.Collections.Concurrent;
using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.AspNetCore;

/// <summary>
/// Parsed documents by query text, so the transport can tell the operation type before executing
/// (GET must never run a mutation, spec "GET"). The same document instance is handed to the executor,
/// which then finds it in its own cache. Bounded: cleared when full.
/// </summary>
internal sealed class OperationTypeCache
{
    private const int Capacity = 1000;
    private readonly ConcurrentDictionary<string, DocumentNode> _documents = new(StringComparer.Ordinal);

    /// <summary>
    /// The parsed document and the type of the operation the request selects; false when the document
    /// does not parse or the operation cannot be selected (the executor then reports the error).
    /// </summary>
    public bool TryGetOperationType(string query, string? operationName, out DocumentNode document, out OperationType operationType)
    {
        operationType = default;
        if (!_documents.TryGetValue(query, out document!))
        {
            try
            {
                document = Parser.Parse(query);
            }
            catch (GraphQLException)
            {
                return false;
            }

            if (_documents.Count >= Capacity)
            {
                _documents.Clear();
            }

            document = _documents.GetOrAdd(query, document);
        }

        return TrySelectOperation(document, operationName, out operationType);
    }

    private static bool TrySelectOperation(DocumentNode document, string? operationName, out OperationType operationType)
    {
        operationType = default;
        var found = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null || operation.Name?.Value == operationName)
            {
                operationType = operation.Operation;
                found++;
            }
        }

        return found == 1;
    }
}
