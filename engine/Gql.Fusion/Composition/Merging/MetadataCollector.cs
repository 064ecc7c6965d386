using Gql.Federation;
using Gql.Fusion.Composition.Model;
using Gql.Fusion.Composition.Rules;
using Gql.Fusion.Composition.Selections;

namespace Gql.Fusion.Composition.Merging;

/// <summary>
/// Fills the execution metadata of the composite schema: for every type the schemas defining it,
/// for every field the schemas declaring it (with <c>@external</c>, <c>@internal</c>, <c>@override</c>,
/// <c>@require</c> and <c>@provides</c>), and for entities their keys and lookups per schema.
/// </summary>
internal static class MetadataCollector
{
    public static Dictionary<string, ComposedType> Collect(
        IReadOnlyList<(string Name, IReadOnlyList<SourceType> Types)> groups,
        IReadOnlyList<SourceSchema> schemas,
        IReadOnlyDictionary<string, TypeDefinitionNode> publicDefinitions)
    {
        var result = new Dictionary<string, ComposedType>(StringComparer.Ordinal);
        foreach (var (name, types) in groups)
        {
            publicDefinitions.TryGetValue(name, out var definition);
            var composed = new ComposedType(name, types[0].Type.Kind, definition is not null);
            composed.Sources.AddRange(types.Where(t => !t.IsInternal).Select(t => t.Schema.Name));
            if (types[0].Type is ComplexOutputType)
            {
                AddFields(composed, types, definition);
                AddKeys(composed, types);
            }

            result[name] = composed;
        }

        foreach (var schema in schemas)
        {
            AddLookups(schema, result);
        }

        return result;
    }

    private static void AddFields(ComposedType composed, IReadOnlyList<SourceType> types, TypeDefinitionNode? definition)
    {
        var publicFields = definition switch
        {
            ObjectTypeDefinitionNode o => o.Fields.Select(f => f.Name.Value).ToArray(),
            InterfaceTypeDefinitionNode i => i.Fields.Select(f => f.Name.Value).ToArray(),
            _ => [],
        };
        var allFields = MergeSyntax.Union(types.SelectMany(t => ((ComplexOutputType)t.Type).Fields.Select(f => f.Name)));
        foreach (var fieldName in publicFields.Concat(allFields.Except(publicFields, StringComparer.Ordinal)))
        {
            var field = new ComposedField(composed.Name, fieldName, publicFields.Contains(fieldName));
            var declarations = types
                .Where(t => ((ComplexOutputType)t.Type).Fields.Contains(fieldName))
                .Select(t => (t.Schema, Type: t, Field: ((ComplexOutputType)t.Type).Fields[fieldName]!))
                .ToArray();
            var overriddenFrom = declarations.Select(d => OverrideDirective.From(d.Field)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var (schema, type, declared) in declarations)
            {
                field.Sources.Add(new ComposedFieldSource(
                    schema.Name,
                    declared.Type.Print(),
                    DirectiveReader.IsExternal(declared.Directives),
                    type.IsInternal || DirectiveReader.IsInternal(declared.Directives),
                    overriddenFrom.Contains(schema.Name),
                    Requirements(declared),
                    DirectiveReader.StringArgument(declared.Directives, FederationDirectiveNames.Provides, "fields")));
            }

            composed.Fields[fieldName] = field;
        }
    }

    private static IReadOnlyList<ComposedRequirement> Requirements(OutputField field)
    {
        var requirements = new List<ComposedRequirement>();
        foreach (var argument in field.Arguments)
        {
            if (DirectiveReader.StringArgument(argument.Directives, FederationDirectiveNames.Require, "field") is { } map
                && FieldSelectionMapParser.TryParse(map, out _) is { } parsed)
            {
                requirements.Add(new ComposedRequirement(argument.Name, argument.Type.Print(), map, parsed.Paths));
            }
        }

        return requirements;
    }

    private static void AddKeys(ComposedType composed, IReadOnlyList<SourceType> types)
    {
        foreach (var (schema, type) in types)
        {
            foreach (var directive in DirectiveReader.All(type.Directives, FederationDirectiveNames.Key))
            {
                if (DirectiveReader.Argument(directive, "fields") is StringValueNode { Value: var fields })
                {
                    composed.Keys.Add(new ComposedKey(schema.Name, fields));
                }
            }
        }
    }

    private static void AddLookups(SourceSchema schema, Dictionary<string, ComposedType> types)
    {
        foreach (var (declaringType, field) in SchemaMembers.Lookups(schema))
        {
            if (field.Type.IsListType() || CreateArguments(field) is not { } arguments)
            {
                continue;
            }

            var lookup = new ComposedLookup(
                schema.Name,
                declaringType.Name,
                field.Name,
                field.Type.Print(),
                arguments,
                DirectiveReader.IsInternal(field.Directives) || DirectiveReader.IsInternal(declaringType.Directives));
            var returned = field.Type.NamedType();
            IEnumerable<NamedType> targets = returned is ObjectType ? [returned] : [returned, .. schema.Schema.GetPossibleTypes(returned)];
            foreach (var target in targets)
            {
                if (types.TryGetValue(target.Name, out var composed))
                {
                    composed.Lookups.Add(lookup);
                }
            }
        }
    }

    private static IReadOnlyList<ComposedLookupArgument>? CreateArguments(OutputField field)
    {
        var arguments = new List<ComposedLookupArgument>();
        foreach (var argument in field.Arguments)
        {
            var map = DirectiveReader.StringArgument(argument.Directives, FederationDirectiveNames.Is, "field") ?? argument.Name;
            if (FieldSelectionMapParser.TryParse(map, out _) is not { } parsed)
            {
                return null;
            }

            arguments.Add(new ComposedLookupArgument(argument.Name, argument.Type.Print(), map, parsed.Paths));
        }

        return arguments;
    }
}
