using Gql.Language.Syntax;

namespace Gql.Federation;

/// <summary>
/// Turns a source schema document into an Apollo Federation 2 subgraph document:
/// <list type="bullet">
/// <item><c>@internal</c> types and fields are left out (the gateway reaches entities through <c>_entities</c>), and so is an object type all of whose fields are internal;</item>
/// <item><c>@lookup</c> and <c>@is</c> are dropped; a lookup that is not internal stays an ordinary query field;</item>
/// <item>arguments with <c>@require(field:)</c> are dropped and their field gets <c>@requires(fields:)</c>;</item>
/// <item><c>@key</c> on a type that neither a lookup returns nor a reference resolver resolves gets <c>resolvable: false</c>;</item>
/// <item>the source schema directive definitions and selection scalars are left out, and
/// <c>extend schema @link(url: ".../federation/v2.3", import: [...])</c> imports the directives used.</item>
/// </list>
/// </summary>
internal static class ApolloSubgraphDocument
{
    public const string FederationUrl = "https://specs.apollo.dev/federation/v2.3";

    private static readonly string[] ImportOrder =
    [
        FederationDirectiveNames.Key, FederationDirectiveNames.Shareable, FederationDirectiveNames.External,
        FederationDirectiveNames.Requires, FederationDirectiveNames.Provides, FederationDirectiveNames.Inaccessible,
        FederationDirectiveNames.Override,
    ];

    private static readonly HashSet<string> Dropped =
    [
        FederationDirectiveNames.Lookup, FederationDirectiveNames.Internal, FederationDirectiveNames.Is, FederationDirectiveNames.Require,
    ];

    /// <param name="document">The source schema document.</param>
    /// <param name="queryTypeName">The name of the query type.</param>
    /// <param name="resolvableTypes">Types resolvable without a lookup (those with a <see cref="ReferenceResolverAttribute"/> method).</param>
    public static DocumentNode Create(DocumentNode document, string queryTypeName, IEnumerable<string> resolvableTypes)
    {
        var internalTypes = document.Definitions.OfType<ObjectTypeDefinitionNode>()
            .Where(t => Has(t.Directives, FederationDirectiveNames.Internal))
            .Select(t => t.Name.Value)
            .ToHashSet(StringComparer.Ordinal);
        var resolvable = ResolvableTypes(document, queryTypeName);
        resolvable.UnionWith(resolvableTypes);
        var used = new HashSet<string>(StringComparer.Ordinal) { FederationDirectiveNames.Key };

        var definitions = new List<DefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode directive when FederationDirectiveNames.All.Contains(directive.Name.Value):
                case ScalarTypeDefinitionNode { Name.Value: FederationDirectiveNames.FieldSelectionSet or FederationDirectiveNames.FieldSelectionMap }:
                case ObjectTypeDefinitionNode type when internalTypes.Contains(type.Name.Value):
                    break;
                case ObjectTypeDefinitionNode type:
                    var fields = MapFields(type.Fields, internalTypes, used);
                    if (fields.Length == 0 && type.Fields.Count > 0)
                    {
                        // Every field is internal (say, a mutation type only other services call): a type without fields is not valid SDL.
                        break;
                    }

                    definitions.Add(type with
                    {
                        Directives = MapDirectives(type.Directives, used, resolvable.Contains(type.Name.Value)),
                        Fields = fields,
                    });
                    break;
                case InterfaceTypeDefinitionNode type:
                    definitions.Add(type with
                    {
                        Directives = MapDirectives(type.Directives, used, resolvable.Contains(type.Name.Value)),
                        Fields = MapFields(type.Fields, internalTypes, used),
                    });
                    break;
                case UnionTypeDefinitionNode type:
                    definitions.Add(type with
                    {
                        Directives = MapDirectives(type.Directives, used, true),
                        Types = type.Types.Where(t => !internalTypes.Contains(t.Name.Value)).ToArray(),
                    });
                    break;
                case InputObjectTypeDefinitionNode type:
                    definitions.Add(type with
                    {
                        Directives = MapDirectives(type.Directives, used, true),
                        Fields = type.Fields.Select(f => f with { Directives = MapDirectives(f.Directives, used, true) }).ToArray(),
                    });
                    break;
                case EnumTypeDefinitionNode type:
                    definitions.Add(type with
                    {
                        Directives = MapDirectives(type.Directives, used, true),
                        Values = type.Values.Select(v => v with { Directives = MapDirectives(v.Directives, used, true) }).ToArray(),
                    });
                    break;
                case ScalarTypeDefinitionNode type:
                    definitions.Add(type with { Directives = MapDirectives(type.Directives, used, true) });
                    break;
                default:
                    definitions.Add(definition);
                    break;
            }
        }

        definitions.Insert(0, Link(used));
        return document with { Definitions = definitions };
    }

    /// <summary>The types a lookup field of the query type returns (directly, as an interface implementation or as a union member).</summary>
    private static HashSet<string> ResolvableTypes(DocumentNode document, string queryTypeName)
    {
        var returned = document.Definitions.OfType<ObjectTypeDefinitionNode>()
            .Where(t => t.Name.Value == queryTypeName)
            .SelectMany(t => t.Fields)
            .Where(f => Has(f.Directives, FederationDirectiveNames.Lookup))
            .Select(f => NamedTypeName(f.Type))
            .ToHashSet(StringComparer.Ordinal);
        var resolvable = new HashSet<string>(returned, StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ObjectTypeDefinitionNode type when type.Interfaces.Any(i => returned.Contains(i.Name.Value)):
                    resolvable.Add(type.Name.Value);
                    break;
                case UnionTypeDefinitionNode union when returned.Contains(union.Name.Value):
                    resolvable.UnionWith(union.Types.Select(t => t.Name.Value));
                    break;
            }
        }

        return resolvable;
    }

    private static FieldDefinitionNode[] MapFields(IReadOnlyList<FieldDefinitionNode> fields, HashSet<string> internalTypes, HashSet<string> used)
    {
        var mapped = new List<FieldDefinitionNode>();
        foreach (var field in fields)
        {
            if (Has(field.Directives, FederationDirectiveNames.Internal) || internalTypes.Contains(NamedTypeName(field.Type)))
            {
                continue;
            }

            var requirements = new List<string>();
            var arguments = new List<InputValueDefinitionNode>();
            foreach (var argument in field.Arguments)
            {
                if (FieldArgument(argument.Directives, FederationDirectiveNames.Require) is { } map)
                {
                    requirements.Add(FieldSelectionMapToFieldSet(map));
                    continue;
                }

                arguments.Add(argument with { Directives = MapDirectives(argument.Directives, used, true) });
            }

            var directives = MapDirectives(field.Directives, used, true).ToList();
            if (requirements.Count > 0)
            {
                used.Add(FederationDirectiveNames.Requires);
                directives.Add(SourceSchemaDirectives.Create(FederationDirectiveNames.Requires, ("fields", string.Join(' ', requirements))));
            }

            mapped.Add(field with { Arguments = arguments, Directives = directives });
        }

        return [.. mapped];
    }

    private static DirectiveNode[] MapDirectives(IReadOnlyList<DirectiveNode> directives, HashSet<string> used, bool resolvable)
    {
        var mapped = new List<DirectiveNode>();
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (Dropped.Contains(name))
            {
                continue;
            }

            if (FederationDirectiveNames.All.Contains(name))
            {
                used.Add(name);
            }

            mapped.Add(name == FederationDirectiveNames.Key && !resolvable
                ? directive with { Arguments = [.. directive.Arguments, new ArgumentNode(null, new NameNode(null, "resolvable"), new BooleanValueNode(null, false))] }
                : directive);
        }

        return [.. mapped];
    }

    /// <summary>A <c>FieldSelectionMap</c> (<c>"a.b"</c> or <c>"{ x: a.b, y: c }"</c>) as an Apollo <c>FieldSet</c> (<c>"a { b }"</c>).</summary>
    public static string FieldSelectionMapToFieldSet(string map)
    {
        map = map.Trim();
        if (map.StartsWith('{') && map.EndsWith('}'))
        {
            return string.Join(' ', map[1..^1]
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(part => FieldSelectionMapToFieldSet(part.Contains(':', StringComparison.Ordinal) ? part[(part.IndexOf(':', StringComparison.Ordinal) + 1)..] : part)));
        }

        var segments = map.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var fieldSet = segments[^1];
        for (var i = segments.Length - 2; i >= 0; i--)
        {
            fieldSet = segments[i] + " { " + fieldSet + " }";
        }

        return fieldSet;
    }

    private static SchemaExtensionNode Link(HashSet<string> used)
    {
        var imports = ImportOrder.Where(used.Contains).Select(n => (ValueNode)new StringValueNode(null, "@" + n, false)).ToArray();
        var link = new DirectiveNode(null, new NameNode(null, "link"),
        [
            new ArgumentNode(null, new NameNode(null, "url"), new StringValueNode(null, FederationUrl, false)),
            new ArgumentNode(null, new NameNode(null, "import"), new ListValueNode(null, imports)),
        ]);
        return new SchemaExtensionNode(null, [link], []);
    }

    private static string? FieldArgument(IReadOnlyList<DirectiveNode> directives, string name)
        => directives.FirstOrDefault(d => d.Name.Value == name)?.Arguments
            .FirstOrDefault(a => a.Name.Value == "field")?.Value is StringValueNode value ? value.Value : null;

    private static bool Has(IReadOnlyList<DirectiveNode> directives, string name) => directives.Any(d => d.Name.Value == name);

    private static string NamedTypeName(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedTypeName(nonNull.Type),
        ListTypeNode list => NamedTypeName(list.Type),
        NamedTypeNode named => named.Name.Value,
        _ => throw new ArgumentException($"Unknown type node {type.Kind}.", nameof(type)),
    };
}
