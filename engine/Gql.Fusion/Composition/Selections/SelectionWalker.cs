namespace Gql.Fusion.Composition.Selections;

/// <summary>Visits the fields of a <c>FieldSelectionSet</c> against the types they select from.</summary>
internal static class SelectionWalker
{
    /// <summary>
    /// Calls <paramref name="visit"/> for each selected field with its parent type and its definition
    /// (null when the parent has no such field); descends into sub-selections of object and interface fields.
    /// </summary>
    public static void Walk(ComplexOutputType type, SelectionSetNode selectionSet, Action<ComplexOutputType, FieldNode, OutputField?> visit)
    {
        foreach (var node in FieldSelectionSetParser.Fields(selectionSet))
        {
            var field = type.Fields[node.Name.Value];
            visit(type, node, field);
            if (field is not null && node.SelectionSet is { } nested && field.Type.NamedType() is ComplexOutputType fieldType)
            {
                Walk(fieldType, nested, visit);
            }
        }
    }
}
