namespace Gql.Fusion.Composition.Selections;

/// <summary>Parses the <c>FieldSelectionSet</c> strings of <c>@key(fields:)</c> and <c>@provides(fields:)</c>.</summary>
internal static class FieldSelectionSetParser
{
    /// <summary>The selection set, or null with the syntax error's message.</summary>
    public static SelectionSetNode? TryParse(string fields, out string? error)
    {
        try
        {
            var document = Parser.Parse("{" + fields + "}", new ParserOptions { NoLocations = true });
            if (document.Definitions is [OperationDefinitionNode { Name: null } operation])
            {
                error = null;
                return operation.SelectionSet;
            }

            error = "it is not a single selection set";
            return null;
        }
        catch (GraphQLSyntaxException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>Whether a selection (or one nested in it) has a directive applied.</summary>
    public static bool HasDirective(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var nested = selection switch
            {
                FieldNode field => field.Directives.Count > 0 || (field.SelectionSet is { } set && HasDirective(set)),
                InlineFragmentNode fragment => fragment.Directives.Count > 0 || HasDirective(fragment.SelectionSet),
                _ => true,
            };
            if (nested)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names of the top-level fields of a selection set (through inline fragments).</summary>
    public static IEnumerable<FieldNode> Fields(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    yield return field;
                    break;
                case InlineFragmentNode fragment:
                    foreach (var field in Fields(fragment.SelectionSet))
                    {
                        yield return field;
                    }

                    break;
            }
        }
    }
}
