using Gql.Federation;
using Gql.Fusion.Composition.Rules;
using Gql.Fusion.Composition.Selections;
using Gql.Fusion.Metadata;

namespace Gql.Fusion.Composition.Merging;

/// <summary>
/// Fills the gateway's execution metadata (<see cref="CompositeType"/>) from the source schemas and
/// the merged public definitions: for every object, interface and union type the subgraphs defining
/// it; for every field the subgraphs that resolve it (not <c>@external</c>, not overridden away) with
/// their <c>@require</c> inputs and <c>@internal</c> flag; keys; and the lookups that return the type.
/// </summary>
internal static class ExecutionMetadataBuilder
{
    public static IReadOnlyList<CompositeType> Build(
        IReadOnlyList<(string Name, IReadOnlyList<SourceType> Types)> groups,
        IReadOnlyList<SourceSchema> schemas,
        IReadOnlyDictionary<string, TypeDefinitionNode> publicDefinitions)
    {
        var lookups = schemas.SelectMany(CollectLookups).ToLookup(l => l.EntityType, StringComparer.Ordinal);
        var result = new List<CompositeType>();
        foreach (var (name, types) in groups)
        {
            if (types[0].Type is not (ComplexOutputType or UnionType))
            {
                continue;
            }

            publicDefinitions.TryGetValue(name, out var definition);
            result.Add(new CompositeType
            {
                Name = name,
                Kind = types[0].Type switch
                {
                    ObjectType => CompositeTypeKind.Object,
                    InterfaceType => CompositeTypeKind.Interface,
                    _ => CompositeTypeKind.Union,
                },
                Subgraphs = types.Select(t => t.Schema.Name).ToArray(),
                Fields = types[0].Type is ComplexOutputType ? Fields(types, definition) : [],
                Interfaces = MergeSyntax.Union(types.SelectMany(t => t.Type is ComplexOutputType c ? c.Interfaces.Select(i => i.Name) : [])),
                PossibleTypes = PossibleTypes(name, types, schemas),
                Keys = Keys(types),
                Lookups = lookups[name].ToArray(),
                IsInternal = types.All(t => t.IsInternal),
                IsInaccessible = types.Any(t => t.IsInaccessible),
            });
        }

        return result;
    }

    private static IReadOnlyList<CompositeField> Fields(IReadOnlyList<SourceType> types, TypeDefinitionNode? definition)
    {
        var publicFields = (definition switch
        {
            ObjectTypeDefinitionNode o => o.Fields,
            InterfaceTypeDefinitionNode i => i.Fields,
            _ => [],
        }).ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        var names = MergeSyntax.Union(types.SelectMany(t => ((ComplexOutputType)t.Type).Fields.Select(f => f.Name)));
        var fields = new List<CompositeField>();
        foreach (var name in names.Where(publicFields.ContainsKey).Concat(names.Where(n => !publicFields.ContainsKey(n))))
        {
            var declarations = types
                .Where(t => ((ComplexOutputType)t.Type).Fields.Contains(name))
                .Select(t => (Type: t, Field: ((ComplexOutputType)t.Type).Fields[name]!))
                .ToArray();
            var overriddenFrom = declarations.Select(d => OverrideDirective.From(d.Field)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var resolving = declarations
                .Where(d => !DirectiveReader.IsExternal(d.Field.Directives) && !overriddenFrom.Contains(d.Type.Schema.Name))
                .ToArray();
            var first = resolving.Length > 0 ? resolving[0].Field : declarations[0].Field;
            publicFields.TryGetValue(name, out var merged);
            fields.Add(new CompositeField
            {
                Name = name,
                Type = merged?.Type ?? TypeShapes.ToSyntax(first.Type),
                Arguments = merged is not null
                    ? merged.Arguments.Select(a => new CompositeArgument(a.Name.Value, a.Type, a.DefaultValue)).ToArray()
                    : first.Arguments.Where(a => !DirectiveReader.Has(a.Directives, FederationDirectiveNames.Require))
                        .Select(a => new CompositeArgument(a.Name, TypeShapes.ToSyntax(a.Type), a.DefaultValue)).ToArray(),
                Sources = resolving.Select(d => new FieldSource
                {
                    Subgraph = d.Type.Schema.Name,
                    Requirements = Requirements(d.Field),
                    IsInternal = d.Type.IsInternal || DirectiveReader.IsInternal(d.Field.Directives),
                }).ToArray(),
                IsInternal = declarations.All(d => d.Type.IsInternal || DirectiveReader.IsInternal(d.Field.Directives)),
                IsInaccessible = declarations.Any(d => DirectiveReader.IsInaccessible(d.Field.Directives)),
            });
        }

        return fields;
    }

    private static IReadOnlyList<FieldRequirement> Requirements(OutputField field)
    {
        var requirements = new List<FieldRequirement>();
        foreach (var argument in field.Arguments)
        {
            if (DirectiveReader.StringArgument(argument.Directives, FederationDirectiveNames.Require, "field") is { } map
                && FieldSelectionMapParser.TryParse(map, out _) is { Paths: [var path, ..] })
            {
                requirements.Add(new FieldRequirement(argument.Name, TypeShapes.ToSyntax(argument.Type), map, path));
            }
        }

        return requirements;
    }

    private static IReadOnlyList<string> PossibleTypes(string name, IReadOnlyList<SourceType> types, IReadOnlyList<SourceSchema> schemas)
        => types[0].Type switch
        {
            UnionType => MergeSyntax.Union(types.SelectMany(t => ((UnionType)t.Type).Types.Select(m => m.Name))),
            InterfaceType => MergeSyntax.Union(schemas.SelectMany(s => s.Schema.GetType(name) is InterfaceType i ? s.Schema.GetPossibleTypes(i).Select(p => p.Name) : [])),
            _ => [],
        };

    private static IReadOnlyList<EntityKey> Keys(IReadOnlyList<SourceType> types)
    {
        var keys = new List<EntityKey>();
        foreach (var (schema, type) in types)
        {
            foreach (var directive in DirectiveReader.All(type.Directives, FederationDirectiveNames.Key))
            {
                if (DirectiveReader.Argument(directive, "fields") is StringValueNode { Value: var fields }
                    && FieldSelectionSetParser.TryParse(fields, out _) is { } selection)
                {
                    keys.Add(new EntityKey(schema.Name, fields, selection));
                }
            }
        }

        return keys;
    }

    private static IEnumerable<Lookup> CollectLookups(SourceSchema schema)
    {
        foreach (var (declaringType, field) in SchemaMembers.Lookups(schema))
        {
            var arguments = new List<LookupArgument>();
            foreach (var argument in field.Arguments)
            {
                var map = DirectiveReader.StringArgument(argument.Directives, FederationDirectiveNames.Is, "field");
                if (FieldSelectionMapParser.TryParse(map ?? argument.Name, out _) is not { Paths: [var path] })
                {
                    arguments.Clear();
                    break;
                }

                arguments.Add(new LookupArgument(argument.Name, TypeShapes.ToSyntax(argument.Type), path, map));
            }

            if (arguments.Count == 0 || field.Type.IsListType())
            {
                continue;
            }

            yield return new Lookup
            {
                Subgraph = schema.Name,
                EntityType = field.Type.NamedType().Name,
                FieldName = field.Name,
                Type = TypeShapes.ToSyntax(field.Type),
                Arguments = arguments,
                Path = declaringType == schema.Schema.QueryType ? [] : [declaringType.Name],
                IsInternal = DirectiveReader.IsInternal(field.Directives) || DirectiveReader.IsInternal(declaringType.Directives),
            };
        }
    }
}
