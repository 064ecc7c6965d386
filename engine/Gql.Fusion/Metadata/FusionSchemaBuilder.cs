using Gql.Federation;
using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Fusion.Metadata;

/// <summary>
/// Builds a <see cref="FusionSchema"/> straight from source schemas (what
/// <c>FederationSchemaPrinter.PrintSourceSchema</c> prints) by a plain merge: types and fields
/// are united, source schema directives become metadata (<c>@key</c>, <c>@lookup</c> + <c>@is</c>,
/// <c>@require</c>, <c>@internal</c>, <c>@inaccessible</c>, <c>@external</c>), and the public
/// schema leaves out internal and inaccessible members. It does not validate the source schemas
/// or satisfiability (composition does); use it for tests and tools.
/// </summary>
public sealed class FusionSchemaBuilder
{
    private static readonly HashSet<string> KeptDirectives = new(StringComparer.Ordinal) { "deprecated", "specifiedBy", "oneOf" };

    private readonly List<(SubgraphEndpoint Endpoint, DocumentNode Document)> _sources = [];

    public FusionSchemaBuilder AddSourceSchema(SubgraphEndpoint endpoint, string sdl)
        => AddSourceSchema(endpoint, Parser.Parse(sdl));

    public FusionSchemaBuilder AddSourceSchema(SubgraphEndpoint endpoint, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(document);
        _sources.Add((endpoint, document));
        return this;
    }

    public FusionSchema Build()
    {
        var merge = new Merge();
        foreach (var (endpoint, document) in _sources)
        {
            merge.Add(endpoint.Name, document);
        }

        var types = merge.Types.Values.Select(t => t.ToCompositeType()).ToList();
        return new FusionSchema(merge.PrintPublicSchema(), _sources.Select(s => s.Endpoint), types);
    }

    internal static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            if (directives[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    internal static string? StringArgument(IReadOnlyList<DirectiveNode> directives, string directive, string argument)
    {
        foreach (var node in directives)
        {
            if (node.Name.Value != directive)
            {
                continue;
            }

            foreach (var arg in node.Arguments)
            {
                if (arg.Name.Value == argument && arg.Value is StringValueNode value)
                {
                    return value.Value;
                }
            }
        }

        return null;
    }

    internal static IReadOnlyList<string> PathOf(string selectionMap)
        => selectionMap.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal static SelectionSetNode ParseSelection(string fields)
    {
        var document = Parser.Parse("{" + fields + "}");
        return ((OperationDefinitionNode)document.Definitions[0]).SelectionSet;
    }

    private static IReadOnlyList<DirectiveNode> PublicDirectives(IReadOnlyList<DirectiveNode> directives)
        => directives.Count == 0 ? directives : directives.Where(d => KeptDirectives.Contains(d.Name.Value)).ToList();

    private sealed class Merge
    {
        private readonly Dictionary<string, TypeDefinitionNode> _others = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];
        private readonly List<(string Subgraph, string TypeName, FieldDefinitionNode Field)> _lookups = [];

        public Dictionary<string, TypeAccumulator> Types { get; } = new(StringComparer.Ordinal);

        public void Add(string subgraph, DocumentNode document)
        {
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case ObjectTypeDefinitionNode o:
                        AddComposite(subgraph, o.Name.Value, CompositeTypeKind.Object, o.Description, o.Directives, o.Interfaces, o.Fields, []);
                        break;
                    case ObjectTypeExtensionNode o:
                        AddComposite(subgraph, o.Name.Value, CompositeTypeKind.Object, null, o.Directives, o.Interfaces, o.Fields, []);
                        break;
                    case InterfaceTypeDefinitionNode i:
                        AddComposite(subgraph, i.Name.Value, CompositeTypeKind.Interface, i.Description, i.Directives, i.Interfaces, i.Fields, []);
                        break;
                    case UnionTypeDefinitionNode u:
                        AddComposite(subgraph, u.Name.Value, CompositeTypeKind.Union, u.Description, u.Directives, [], [], u.Types);
                        break;
                    case EnumTypeDefinitionNode e:
                        AddEnum(e);
                        break;
                    case ScalarTypeDefinitionNode s when s.Name.Value is FederationDirectiveNames.FieldSelectionSet or FederationDirectiveNames.FieldSelectionMap:
                        break;
                    case TypeDefinitionNode other:
                        AddOther(NameOf(other), other);
                        break;
                }
            }

            foreach (var (lookupSubgraph, typeName, field) in _lookups)
            {
                AddLookup(lookupSubgraph, typeName, field);
            }

            _lookups.Clear();
        }

        public DocumentNode PrintPublicSchema()
        {
            var definitions = new List<DefinitionNode>();
            foreach (var name in _order)
            {
                if (Types.TryGetValue(name, out var composite))
                {
                    if (composite.ToPublicDefinition(Types) is { } publicDefinition)
                    {
                        definitions.Add(publicDefinition);
                    }
                }
                else
                {
                    definitions.Add(_others[name]);
                }
            }

            return new DocumentNode(null, definitions);
        }

        private void AddComposite(
            string subgraph,
            string name,
            CompositeTypeKind kind,
            StringValueNode? description,
            IReadOnlyList<DirectiveNode> directives,
            IReadOnlyList<NamedTypeNode> interfaces,
            IReadOnlyList<FieldDefinitionNode> fields,
            IReadOnlyList<NamedTypeNode> members)
        {
            if (!Types.TryGetValue(name, out var type))
            {
                type = new TypeAccumulator(name, kind, description);
                Types.Add(name, type);
                _order.Add(name);
            }

            type.AddDeclaration(subgraph, directives, interfaces, members);
            var typeInternal = HasDirective(directives, FederationDirectiveNames.Internal);
            foreach (var field in fields)
            {
                type.AddField(subgraph, field, typeInternal);
                if (HasDirective(field.Directives, FederationDirectiveNames.Lookup))
                {
                    _lookups.Add((subgraph, name, field));
                }
            }
        }

        private void AddLookup(string subgraph, string declaringType, FieldDefinitionNode field)
        {
            var entityName = TypeNodes.NamedType(field.Type);
            var isList = TypeNodes.IsList(field.Type);
            if (!Types.TryGetValue(entityName, out var entity))
            {
                return;
            }

            var arguments = field.Arguments
                .Select(a =>
                {
                    var map = StringArgument(a.Directives, FederationDirectiveNames.Is, "field");
                    return new LookupArgument(a.Name.Value, a.Type, map is null ? [a.Name.Value] : PathOf(map), map);
                })
                .ToList();
            entity.Lookups.Add(new Lookup
            {
                Subgraph = subgraph,
                EntityType = entityName,
                FieldName = field.Name.Value,
                Type = field.Type,
                Arguments = arguments,
                Path = declaringType == "Query" ? [] : [declaringType],
                IsBatch = isList,
                IsInternal = HasDirective(field.Directives, FederationDirectiveNames.Internal),
            });
        }

        private void AddEnum(EnumTypeDefinitionNode definition)
        {
            var name = definition.Name.Value;
            if (_others.TryGetValue(name, out var existing) && existing is EnumTypeDefinitionNode known)
            {
                var values = known.Values.ToList();
                foreach (var value in definition.Values)
                {
                    if (!values.Any(v => v.Name.Value == value.Name.Value))
                    {
                        values.Add(value with { Directives = PublicDirectives(value.Directives) });
                    }
                }

                _others[name] = known with { Values = values };
                return;
            }

            AddOther(name, definition with
            {
                Directives = PublicDirectives(definition.Directives),
                Values = definition.Values.Select(v => v with { Directives = PublicDirectives(v.Directives) }).ToList(),
            });
        }

        private void AddOther(string name, TypeDefinitionNode definition)
        {
            if (_others.ContainsKey(name))
            {
                return;
            }

            _others[name] = definition switch
            {
                InputObjectTypeDefinitionNode input => input with
                {
                    Directives = PublicDirectives(input.Directives),
                    Fields = input.Fields.Select(f => f with { Directives = PublicDirectives(f.Directives) }).ToList(),
                },
                ScalarTypeDefinitionNode scalar => scalar with { Directives = PublicDirectives(scalar.Directives) },
                _ => definition,
            };
            _order.Add(name);
        }

        private static string NameOf(TypeDefinitionNode definition) => definition switch
        {
            ScalarTypeDefinitionNode s => s.Name.Value,
            EnumTypeDefinitionNode e => e.Name.Value,
            InputObjectTypeDefinitionNode i => i.Name.Value,
            _ => throw new ArgumentOutOfRangeException(nameof(definition)),
        };
    }

    private sealed class TypeAccumulator(string name, CompositeTypeKind kind, StringValueNode? description)
    {
        private readonly List<string> _subgraphs = [];
        private readonly List<string> _interfaces = [];
        private readonly List<string> _members = [];
        private readonly List<EntityKey> _keys = [];
        private readonly Dictionary<string, FieldAccumulator> _fields = new(StringComparer.Ordinal);
        private readonly List<FieldAccumulator> _fieldOrder = [];
        private int _internalDeclarations;
        private bool _inaccessible;
        private StringValueNode? _description = description;

        public List<Lookup> Lookups { get; } = [];

        public void AddDeclaration(string subgraph, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<NamedTypeNode> members)
        {
            if (!_subgraphs.Contains(subgraph))
            {
                _subgraphs.Add(subgraph);
            }

            foreach (var item in interfaces)
            {
                if (!_interfaces.Contains(item.Name.Value))
                {
                    _interfaces.Add(item.Name.Value);
                }
            }

            foreach (var member in members)
            {
                if (!_members.Contains(member.Name.Value))
                {
                    _members.Add(member.Name.Value);
                }
            }

            foreach (var directive in directives)
            {
                if (directive.Name.Value == FederationDirectiveNames.Key
                    && directive.Arguments.FirstOrDefault(a => a.Name.Value == "fields")?.Value is StringValueNode fields)
                {
                    _keys.Add(new EntityKey(subgraph, fields.Value, ParseSelection(fields.Value)));
                }
            }

            _internalDeclarations += HasDirective(directives, FederationDirectiveNames.Internal) ? 1 : 0;
            _inaccessible |= HasDirective(directives, FederationDirectiveNames.Inaccessible);
        }

        public void AddField(string subgraph, FieldDefinitionNode definition, bool typeInternal)
        {
            if (!_fields.TryGetValue(definition.Name.Value, out var field))
            {
                field = new FieldAccumulator(definition);
                _fields.Add(definition.Name.Value, field);
                _fieldOrder.Add(field);
            }

            field.AddDeclaration(subgraph, definition, typeInternal);
        }

        public CompositeType ToCompositeType() => new()
        {
            Name = name,
            Kind = kind,
            Subgraphs = _subgraphs,
            Fields = _fieldOrder.Where(f => f.Sources.Count > 0).Select(f => f.ToCompositeField()).ToList(),
            Interfaces = _interfaces,
            PossibleTypes = _members,
            Keys = _keys,
            Lookups = Lookups,
            IsInternal = _internalDeclarations == _subgraphs.Count,
            IsInaccessible = _inaccessible,
        };

        public TypeDefinitionNode? ToPublicDefinition(IReadOnlyDictionary<string, TypeAccumulator> types)
        {
            if (_inaccessible || _internalDeclarations == _subgraphs.Count)
            {
                return null;
            }

            bool IsPublicType(string typeName) => !types.TryGetValue(typeName, out var t) || t.IsPublic;
            var interfaces = _interfaces.Where(IsPublicType).Select(n => new NamedTypeNode(null, new NameNode(null, n))).ToList();
            if (kind == CompositeTypeKind.Union)
            {
                var members = _members.Where(IsPublicType).Select(n => new NamedTypeNode(null, new NameNode(null, n))).ToList();
                return new UnionTypeDefinitionNode(null, _description, new NameNode(null, name), [], members);
            }

            var fields = _fieldOrder.Where(f => f.IsPublic && IsPublicType(f.TypeName)).Select(f => f.ToPublicDefinition()).ToList();
            if (fields.Count == 0)
            {
                return null;
            }

            return kind == CompositeTypeKind.Object
                ? new ObjectTypeDefinitionNode(null, _description, new NameNode(null, name), interfaces, [], fields)
                : new InterfaceTypeDefinitionNode(null, _description, new NameNode(null, name), interfaces, [], fields);
        }

        private bool IsPublic => !_inaccessible && _internalDeclarations < _subgraphs.Count;
    }

    private sealed class FieldAccumulator(FieldDefinitionNode first)
    {
        private FieldDefinitionNode _definition = first;
        private bool _inaccessible;
        private bool _hasResolvingDeclaration;

        public List<FieldSource> Sources { get; } = [];

        public string TypeName => TypeNodes.NamedType(_definition.Type);

        public bool IsPublic => !_inaccessible && Sources.Any(s => !s.IsInternal);

        public void AddDeclaration(string subgraph, FieldDefinitionNode definition, bool typeInternal)
        {
            _inaccessible |= HasDirective(definition.Directives, FederationDirectiveNames.Inaccessible);
            if (HasDirective(definition.Directives, FederationDirectiveNames.External))
            {
                return;
            }

            if (!_hasResolvingDeclaration)
            {
                _definition = definition;
                _hasResolvingDeclaration = true;
            }

            var requirements = new List<FieldRequirement>();
            foreach (var argument in definition.Arguments)
            {
                if (StringArgument(argument.Directives, FederationDirectiveNames.Require, "field") is { } map)
                {
                    requirements.Add(new FieldRequirement(argument.Name.Value, argument.Type, map, PathOf(map)));
                }
            }

            Sources.Add(new FieldSource
            {
                Subgraph = subgraph,
                Requirements = requirements,
                IsInternal = typeInternal || HasDirective(definition.Directives, FederationDirectiveNames.Internal),
            });
        }

        public CompositeField ToCompositeField() => new()
        {
            Name = _definition.Name.Value,
            Type = _definition.Type,
            Arguments = PublicArguments().Select(a => new CompositeArgument(a.Name.Value, a.Type, a.DefaultValue)).ToList(),
            Sources = Sources,
            IsInternal = Sources.All(s => s.IsInternal),
            IsInaccessible = _inaccessible,
        };

        public FieldDefinitionNode ToPublicDefinition() => _definition with
        {
            Arguments = PublicArguments().Select(a => a with { Directives = PublicDirectives(a.Directives) }).ToList(),
            Directives = PublicDirectives(_definition.Directives),
        };

        private IEnumerable<InputValueDefinitionNode> PublicArguments()
            => _definition.Arguments.Where(a => !HasDirective(a.Directives, FederationDirectiveNames.Require)
                && !HasDirective(a.Directives, FederationDirectiveNames.Inaccessible));
    }
}
