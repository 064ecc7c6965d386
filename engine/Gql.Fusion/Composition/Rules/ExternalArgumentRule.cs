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
        foreach (var (typeName, fieldName, fields) in FieldGroups.Build(schemas))
        {
            var bases = fields.Where(f => !DirectiveReader.IsExternal(f.Field.Directives)).ToArray();
            foreach (var (schema, external) in fields.Where(f => DirectiveReader.IsExternal(f.Field.Directives)))
            {
                foreach (var (baseSchema, baseField) in bases)
                {
                    foreach (var argument in baseField.Arguments)
                    {
                        var coordinate = $"{typeName}.{fieldName}({argument.Name}:)";
                        if (Problem(external.Arguments[argument.Name], argument) is { } found)
                        {
                            log.Error(
                                found.Code,
                                $"The external field '{typeName}.{fieldName}' in schema '{schema.Name}' {found.Text} ('{coordinate}' in schema '{baseSchema.Name}').",
                                schema.Name,
                                coordinate);
                        }
                    }
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
