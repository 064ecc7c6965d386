using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>
/// Turns validated SDL definitions, types built in code and scalar implementations into schema
/// model objects (graphql-js extendSchemaImpl), then collects the type map in graphql-js order.
/// </summary>
internal sealed class SchemaAssembler
{
    private readonly SdlDefinitions _definitions;
    private readonly IReadOnlyList<NamedType> _codeTypes;
    private readonly IReadOnlyList<DirectiveDefinition> _codeDirectives;
    private readonly IReadOnlyDictionary<string, ScalarType> _scalars;
    private readonly Dictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly List<NamedType> _typeOrder = [];
    private readonly List<GraphQLError> _errors = [];

    public SchemaAssembler(
        SdlDefinitions definitions,
        IReadOnlyList<NamedType> codeTypes,
        IReadOnlyList<DirectiveDefinition> codeDirectives,
        IReadOnlyDictionary<string, ScalarType> scalars)
    {
        _definitions = definitions;
        _codeTypes = codeTypes;
        _codeDirectives = codeDirectives;
        _scalars = scalars;
    }

    /// <summary>The schema (null when it cannot be created) and the errors found on the way.</summary>
    public (Schema? Schema, IReadOnlyList<GraphQLError> Errors) Assemble()
    {
        var codeTypesByName = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var type in _codeTypes)
        {
            if (!codeTypesByName.TryAdd(type.Name, type) && !ReferenceEquals(codeTypesByName[type.Name], type))
            {
                _errors.Add(SchemaErrors.Create($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\"."));
            }
        }

        var codeTypesWithoutScalars = codeTypesByName
            .Where(p => !_definitions.TypesByName.ContainsKey(p.Key) || p.Value is not ScalarType)
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var implicitNames = _scalars.Keys.Concat(BuiltInScalars.ExtendedNames).ToHashSet(StringComparer.Ordinal);
        var codeDirectives = _codeDirectives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        _errors.AddRange(new SdlValidator(_definitions, codeTypesWithoutScalars, implicitNames, _scalars.Keys.ToList(), codeDirectives).Validate());
        if (_errors.Count > 0)
        {
            return (null, _errors);
        }

        foreach (var definition in _definitions.TypeDefinitions)
        {
            Register(CreateType(definition));
        }

        foreach (var type in _codeTypes)
        {
            if (!_typeMap.ContainsKey(type.Name))
            {
                Register(type);
            }
        }

        foreach (var definition in _definitions.TypeDefinitions)
        {
            CompleteType(_typeMap[definition.Name.Value], definition);
        }

        foreach (var type in _codeTypes.Where(t => !_definitions.TypesByName.ContainsKey(t.Name)))
        {
            ApplyExtensions(type);
        }

        foreach (var name in _definitions.ExtensionsByName.Keys.Where(n => !_definitions.TypesByName.ContainsKey(n) && !_typeMap.ContainsKey(n)))
        {
            // An extension of a scalar that is bound by name (DateTime, a registered scalar) brings it into the schema.
            var implicitType = GetNamedType(name);
            if (!BuiltInScalars.IsSpecified(implicitType))
            {
                Register(implicitType);
            }
        }

        foreach (var type in _typeMap.Values.Where(t => !_definitions.TypesByName.ContainsKey(t.Name) && !_codeTypes.Contains(t)).ToList())
        {
            ApplyExtensions(type);
        }

        var directives = BuildDirectives();
        var roots = ResolveRootTypes();
        if (_errors.Count > 0)
        {
            return (null, _errors);
        }

        var collected = TypeCollector.Collect(_typeOrder, roots, directives, _errors);
        if (roots[OperationType.Query] is not ObjectType queryType)
        {
            return (null, _errors);
        }

        var schema = new Schema(
            queryType,
            roots[OperationType.Mutation] as ObjectType,
            roots[OperationType.Subscription] as ObjectType,
            collected,
            directives);
        ApplySchemaDefinition(schema);
        return (schema, _errors);
    }

    private void Register(NamedType type)
    {
        _typeMap[type.Name] = type;
        _typeOrder.Add(type);
    }

    private NamedType CreateType(TypeDefinitionNode definition)
    {
        var name = definition.Name.Value;
        NamedType type = definition switch
        {
            ScalarTypeDefinitionNode => BuiltInScalars.GetSpecified(name)
                ?? (_scalars.TryGetValue(name, out var scalar) ? scalar : null)
                ?? BuiltInScalars.CreateExtended(name)
                ?? new SdlScalarType(name),
            ObjectTypeDefinitionNode => new ObjectType(name),
            InterfaceTypeDefinitionNode => new InterfaceType(name),
            UnionTypeDefinitionNode => new UnionType(name),
            EnumTypeDefinitionNode => new EnumType(name),
            _ => new InputObjectType(name),
        };

        if (BuiltInScalars.IsSpecified(type))
        {
            return type;
        }

        type.SyntaxNode = definition;
        if (definition.Description is { } description)
        {
            type.Description = description.Value;
        }
        else if (type is ScalarType && !_scalars.ContainsKey(name))
        {
            // The SDL declares the scalar and is the source of its description.
            type.Description = null;
        }

        return type;
    }

    /// <summary>Finds a named type: defined, built in code, a bound or extended scalar, a specified scalar or an introspection type.</summary>
    private NamedType GetNamedType(string name)
    {
        if (_typeMap.TryGetValue(name, out var type))
        {
            return type;
        }

        type = BuiltInScalars.GetSpecified(name)
            ?? IntrospectionTypes.All.FirstOrDefault(t => t.Name == name)
            ?? (_scalars.TryGetValue(name, out var scalar) ? scalar : null)
            ?? BuiltInScalars.CreateExtended(name)
            ?? throw new InvalidOperationException($"Unknown type \"{name}\".");

        // Not added to the definition order: the type collector places it where it is first referenced.
        _typeMap[name] = type;
        return type;
    }

    private IType GetType(TypeNode node) => node switch
    {
        NamedTypeNode named => GetNamedType(named.Name.Value),
        ListTypeNode list => new ListType(GetType(list.Type)),
        NonNullTypeNode nonNull => new NonNullType(GetType(nonNull.Type)),
        _ => throw new ArgumentException($"Unknown type node {node.Kind}.", nameof(node)),
    };

    private void CompleteType(NamedType type, TypeDefinitionNode definition)
    {
        if (BuiltInScalars.IsSpecified(type))
        {
            return;
        }

        type.Directives.AddRange(definition.Directives);
        AddMembers(type, definition);
        ApplyExtensions(type);
    }

    private void ApplyExtensions(NamedType type)
    {
        if (BuiltInScalars.IsSpecified(type))
        {
            return;
        }

        foreach (var extension in _definitions.GetExtensions(type.Name))
        {
            // A type built in code outlives one Build call: apply each extension to it only once.
            if (type.ExtensionSyntaxNodes.Contains(extension))
            {
                continue;
            }

            type.ExtensionSyntaxNodes.Add(extension);
            type.Directives.AddRange(((TypeSystemExtensionNode)extension).Directives);
            AddMembers(type, extension);
        }

        switch (type)
        {
            case ScalarType scalar when FindDirective(type.Directives, "specifiedBy") is { } specifiedBy:
                scalar.SpecifiedByUrl = (ArgumentValue(specifiedBy, "url") as StringValueNode)?.Value ?? scalar.SpecifiedByUrl;
                break;
            case InputObjectType input when FindDirective(type.Directives, "oneOf") is not null:
                input.IsOneOf = true;
                break;
        }
    }

    private void AddMembers(NamedType type, SyntaxNode node)
    {
        switch (type, node)
        {
            case (ComplexOutputType complex, _):
                var (interfaces, fields) = node switch
                {
                    ObjectTypeDefinitionNode o => (o.Interfaces, o.Fields),
                    ObjectTypeExtensionNode o => (o.Interfaces, o.Fields),
                    InterfaceTypeDefinitionNode i => (i.Interfaces, i.Fields),
                    InterfaceTypeExtensionNode i => (i.Interfaces, i.Fields),
                    _ => ((IReadOnlyList<NamedTypeNode>)[], (IReadOnlyList<FieldDefinitionNode>)[]),
                };
                foreach (var reference in interfaces)
                {
                    if (GetNamedType(reference.Name.Value) is InterfaceType interfaceType)
                    {
                        complex.Interfaces.Add(interfaceType);
                    }
                    else
                    {
                        _errors.Add(SchemaErrors.Create(
                            $"Type {complex.Name} must only implement Interface types, it cannot implement {reference.Name.Value}.",
                            reference));
                    }
                }

                foreach (var field in fields)
                {
                    complex.Fields.Add(CreateField(field));
                }

                break;
            case (UnionType union, _):
                var members = node switch
                {
                    UnionTypeDefinitionNode u => u.Types,
                    UnionTypeExtensionNode u => u.Types,
                    _ => [],
                };
                foreach (var reference in members)
                {
                    if (GetNamedType(reference.Name.Value) is ObjectType objectType)
                    {
                        union.Types.Add(objectType);
                    }
                    else
                    {
                        _errors.Add(SchemaErrors.Create(
                            $"Union type {union.Name} can only include Object types, it cannot include {reference.Name.Value}.",
                            reference));
                    }
                }

                break;
            case (EnumType enumType, _):
                foreach (var value in SdlValidator.Members(node).Values)
                {
                    var enumValue = new EnumValue(value.Name.Value, value.Name.Value)
                    {
                        Description = value.Description?.Value,
                        DeprecationReason = DeprecationReason(value.Directives),
                        SyntaxNode = value,
                    };
                    enumValue.Directives.AddRange(value.Directives);
                    enumType.Values.Add(enumValue);
                }

                break;
            case (InputObjectType input, _):
                foreach (var field in SdlValidator.Members(node).InputFields)
                {
                    input.Fields.Add(CreateInputValue(field, (name, type) => new InputField(name, type)));
                }

                break;
        }
    }

    private OutputField CreateField(FieldDefinitionNode node)
    {
        var field = new OutputField(node.Name.Value, GetType(node.Type))
        {
            Description = node.Description?.Value,
            DeprecationReason = DeprecationReason(node.Directives),
            SyntaxNode = node,
        };
        field.Directives.AddRange(node.Directives);
        foreach (var argument in node.Arguments)
        {
            field.Arguments.Add(CreateInputValue(argument, (name, type) => new Argument(name, type)));
        }

        return field;
    }

    private T CreateInputValue<T>(InputValueDefinitionNode node, Func<string, IType, T> create)
        where T : InputValue
    {
        var value = create(node.Name.Value, GetType(node.Type));
        value.Description = node.Description?.Value;
        value.DefaultValue = node.DefaultValue;
        value.DeprecationReason = DeprecationReason(node.Directives);
        value.SyntaxNode = node;
        value.Directives.AddRange(node.Directives);
        return value;
    }

    private List<DirectiveDefinition> BuildDirectives()
    {
        var directives = new List<DirectiveDefinition>();
        var defined = _definitions.DirectiveDefinitions.Select(d => d.Name.Value)
            .Concat(_codeDirectives.Select(d => d.Name))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var node in _definitions.DirectiveDefinitions)
        {
            var directive = new DirectiveDefinition(node.Name.Value)
            {
                Description = node.Description?.Value,
                IsRepeatable = node.IsRepeatable,
                SyntaxNode = node,
            };
            foreach (var location in node.Locations)
            {
                if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
                {
                    directive.Locations.Add(parsed);
                }
            }

            foreach (var argument in node.Arguments)
            {
                directive.Arguments.Add(CreateInputValue(argument, (name, type) => new Argument(name, type)));
            }

            directives.Add(directive);
        }

        directives.AddRange(_codeDirectives);

        // Like buildASTSchema: the specified directives follow, unless the documents redefine them.
        directives.AddRange(BuiltInDirectives.All.Where(d => !defined.Contains(d.Name)));
        return directives;
    }

    private Dictionary<OperationType, NamedType?> ResolveRootTypes()
    {
        var roots = new Dictionary<OperationType, NamedType?>
        {
            [OperationType.Query] = null,
            [OperationType.Mutation] = null,
            [OperationType.Subscription] = null,
        };
        var operationTypes = _definitions.SchemaDefinitions.SelectMany(s => s.OperationTypes)
            .Concat(_definitions.SchemaExtensions.SelectMany(s => s.OperationTypes))
            .ToList();

        foreach (var operationType in operationTypes)
        {
            var type = GetNamedType(operationType.Type.Name.Value);
            roots[operationType.Operation] = type;
            if (type is not ObjectType)
            {
                _errors.Add(SchemaErrors.Create(RootTypeMessage(operationType.Operation, type), operationType.Type));
            }
        }

        if (_definitions.SchemaDefinitions.Count == 0)
        {
            // Like buildASTSchema: without a schema definition the types named Query, Mutation and
            // Subscription are the root types (even over `extend schema`).
            foreach (var (operation, name) in new[] { (OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription") })
            {
                if (_typeMap.TryGetValue(name, out var type) && _typeOrder.Contains(type))
                {
                    roots[operation] = type;
                    if (type is not ObjectType)
                    {
                        _errors.Add(SchemaErrors.Create(RootTypeMessage(operation, type), type.SyntaxNode));
                    }
                }
            }
        }

        if (roots[OperationType.Query] is null)
        {
            _errors.Add(SchemaErrors.Create("Query root type must be provided.", _definitions.SchemaDefinitions.FirstOrDefault()));
        }

        return roots;
    }

    private static string RootTypeMessage(OperationType operation, NamedType type) => operation switch
    {
        OperationType.Query => $"Query root type must be Object type, it cannot be {type.Name}.",
        OperationType.Mutation => $"Mutation root type must be Object type if provided, it cannot be {type.Name}.",
        _ => $"Subscription root type must be Object type if provided, it cannot be {type.Name}.",
    };

    private void ApplySchemaDefinition(Schema schema)
    {
        var definition = _definitions.SchemaDefinitions.FirstOrDefault();
        if (definition is not null)
        {
            schema.SyntaxNode = definition;
            schema.Description = definition.Description?.Value;
            schema.Directives.AddRange(definition.Directives);
        }

        foreach (var extension in _definitions.SchemaExtensions)
        {
            schema.ExtensionSyntaxNodes.Add(extension);
            schema.Directives.AddRange(extension.Directives);
        }
    }

    private static DirectiveNode? FindDirective(IEnumerable<DirectiveNode> directives, string name)
        => directives.FirstOrDefault(d => d.Name.Value == name);

    private static ValueNode? ArgumentValue(DirectiveNode directive, string name)
        => directive.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value;

    /// <summary>The <c>@deprecated</c> reason: the given one, else the default; null when not deprecated.</summary>
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
        => FindDirective(directives, "deprecated") is { } deprecated
            ? (ArgumentValue(deprecated, "reason") as StringValueNode)?.Value ?? BuiltInDirectives.DefaultDeprecationReason
            : null;
}
