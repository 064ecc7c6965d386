using Gql.Federation;
using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Composition.Rules;

/// <summary>
/// EXTERNAL_UNUSED: an <c>@external</c> field must be used by the schema that declares it: selected
/// by a <c>@provides</c> of a field returning its type, by a <c>@key</c> of its type, or by a
/// <c>@require</c> on a field of its type.
/// </summary>
internal sealed class ExternalUnusedRule : ISourceSchemaRule
{
    public void Validate(SourceSchema schema, CompositionLog log)
    {
        var used = new HashSet<(string Type, string Field)>();
        foreach (var key in KeyDirective.Parsed(schema))
        {
            SelectionWalker.Walk(key.Type, key.Selection!, (parent, node, _) => used.Add((parent.Name, node.Name.Value)));
        }

        foreach (var (_, field) in SchemaMembers.Fields(schema))
        {
            if (DirectiveReader.StringArgument(field.Directives, FederationDirectiveNames.Provides, "fields") is { } provides
                && field.Type.NamedType() is ComplexOutputType providedType
                && FieldSelectionSetParser.TryParse(provides, out _) is { } selection)
            {
                SelectionWalker.Walk(providedType, selection, (parent, node, _) => used.Add((parent.Name, node.Name.Value)));
            }
        }

        foreach (var usage in MappedArgument.All(schema, FederationDirectiveNames.Require).Where(a => a.Map is not null))
        {
            foreach (var path in usage.Map!.Paths)
            {
                used.Add((usage.Type.Name, path[0]));
            }
        }

        foreach (var (type, field) in SchemaMembers.Fields(schema))
        {
            if (DirectiveReader.IsExternal(field.Directives) && !used.Contains((type.Name, field.Name)))
            {
                log.Error(
                    CompositionErrorCodes.ExternalUnused,
                    $"The external field '{Coordinates.Of(type, field)}' in schema '{schema.Name}' is not referenced by a @provides, @key or @require directive in the schema.",
                    schema.Name,
                    Coordinates.Of(type, field));
            }
        }
    }
}
