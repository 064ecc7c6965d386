namespace Gql.Fusion.Composition.Rules;

/// <summary>
/// EXTERNAL_ARGUMENT_MISSING / EXTERNAL_ARGUMENT_TYPE_MISMATCH / EXTERNAL_ARGUMENT_DEFAULT_MISMATCH:
/// an <c>@external</c> field declares every argument of the field it stands for, with exactly its
/// type and default value.
/// </summary>
internal sealed class ExternalArgumentRule : IPreMergeRule
{
    public void Validate(IReadOnlyList<SourceSchema> schemas, CompositionLog log)
    {
        foreach (var pair in ExternalDeclaration.All(schemas))
        {
            foreach (var argument in pair.Base.Arguments)
            {
                if (Problem(pair.External.Arguments[argument.Name], argument) is { } found)
                {
                    log.Error(
                        found.Code,
                        $"The external field '{pair.Coordinate}' in schema '{pair.Schema.Name}' {found.Text} ('{pair.Coordinate}({argument.Name}:)' in schema '{pair.BaseSchema.Name}').",
                        pair.Schema.Name,
                        $"{pair.Coordinate}({argument.Name}:)");
                }
            }
        }
    }

    private static (string Code, string Text)? Problem(Argument? declared, Argument argument)
    {
        if (declared is null)
        {
            return (CompositionErrorCodes.ExternalArgumentMissing, "does not declare the argument");
        }

        if (!TypeShapes.SameType(declared.Type, argument.Type))
        {
            return (CompositionErrorCodes.ExternalArgumentTypeMismatch, $"declares the argument as {declared.Type.Print()}, not {argument.Type.Print()}");
        }

        return PrintDefault(declared) == PrintDefault(argument)
            ? null
            : (CompositionErrorCodes.ExternalArgumentDefaultMismatch, $"gives the argument the default {PrintDefault(declared)}, not {PrintDefault(argument)}");
    }

    private static string PrintDefault(Argument argument) => argument.DefaultValue is { } value ? SyntaxPrinter.Print(value) : "(none)";
}
