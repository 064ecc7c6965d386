using System.Runtime.CompilerServices;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Fusion.Execution.Direct;

/// <summary>The <see cref="ResponseShape"/> of each operation node (or that it has none), kept as long as the node (like the plans).</summary>
internal sealed class ResponseShapeCache
{
    private readonly ConditionalWeakTable<OperationDefinitionNode, Entry> _shapes = [];

    public ResponseShape? GetOrCompile(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        if (!_shapes.TryGetValue(operation, out var entry))
        {
            entry = _shapes.GetValue(operation, _ => new Entry(ResponseShape.Compile(schema, operation, fragments)));
        }

        return entry.Shape;
    }

    private sealed record Entry(ResponseShape? Shape);
}
