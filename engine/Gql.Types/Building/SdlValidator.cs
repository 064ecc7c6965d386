using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>
/// The SDL document rules graphql-js runs before building a schema (validateSDL): LoneSchemaDefinition,
/// UniqueOperationTypes, UniqueTypeNames, UniqueEnumValueNames, UniqueFieldDefinitionNames,
/// UniqueArgumentDefinitionNames, UniqueDirectiveNames, KnownTypeNames, KnownDirectives,
/// UniqueDirectivesPerLocation, PossibleTypeExtensions, KnownArgumentNames (on directives),
/// UniqueArgumentNames, UniqueInputFieldNames and ProvidedRequiredArguments (on directives).
/// </summary>
internal sealed class SdlValidator
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private readonly SdlDefinitions _definitions;
    private readonly IReadOnlyDictionary<string, NamedType> _existingTypes;
    private readonly IReadOnlyCollection<string> _implicitTypeNames;
    private readonly IReadOnlyCollection<string> _suggestedImplicitTypeNames;
    private readonly IReadOnlyDictionary<string, DirectiveDefinition> _existingDirectives;
    private readonly Dictionary<string, DirectiveShape> _directives = new(StringComparer.Ordinal);
    private readonly List<GraphQLError> _errors = [];

    public SdlValidator(
        SdlDefinitions definitions,
        IReadOnlyDictionary<string, NamedType> existingTypes,
        IReadOnlyCollection<string> implicitTypeNames,
        IReadOnlyCollection<string> suggestedImplicitTypeNames,
        IReadOnlyDictionary<string, DirectiveDefinition> existingDirectives)
    {
        _suggestedImplicitTypeNames = suggestedImplicitTypeNames;
        _definitions = definitions;
        _existingTypes = existingTypes;
        _implicitTypeNames = implicitTypeNames;
        _existingDirectives = existingDirectives;
    }

    public IReadOnlyList<GraphQLError> Validate()
    {
        IndexDirectives();
        ValidateNoExecutableDefinitions();
        ValidateLoneSchemaDefinition();
        ValidateUniqueOperationTypes();
        ValidateUniqueTypeNames();
        ValidateUniqueDirectiveNames();
        ValidateUniqueMemberNames();
        ValidatePossibleTypeExtensions();
        ValidateKnownTypeNames();
        ValidateDirectiveUsages();
        return _errors;
    }

    private void Report(string message, params SyntaxNode?[] nodes) => _errors.Add(SchemaErrors.Create(message, nodes));

    private void IndexDirectives()
    {
        foreach (var directive in BuiltInDirectives.All)
        {
            _directives[directive.Name] = DirectiveShape.From(directive);
        }

        foreach (var directive in _existingDirectives.Values)
        {
            _directives[directive.Name] = DirectiveShape.From(directive);
        }

        foreach (var directive in _definitions.DirectiveDefinitions)
        {
            _directives.TryAdd(directive.Name.Value, DirectiveShape.From(directive));
            if (BuiltInDirectives.IsBuiltIn(directive.Name.Value))
            {
                _directives[directive.Name.Value] = DirectiveShape.From(directive);
            }
        }
    }

    private void ValidateNoExecutableDefinitions()
    {
        foreach (var definition in _definitions.ExecutableDefinitions)
        {
            var name = definition switch
            {
                OperationDefinitionNode { Name: { } n } => n.Value,
                OperationDefinitionNode => "anonymous operation",
                FragmentDefinitionNode f => f.Name.Value,
                _ => definition.Kind.ToString(),
            };
            Report($"The \"{name}\" definition is not a type system definition; a schema document may only contain type system definitions and extensions.", definition);
        }
    }

    private void ValidateLoneSchemaDefinition()
    {
        foreach (var schema in _definitions.SchemaDefinitions.Skip(1))
        {
            Report("Must provide only one schema definition.", schema);
        }
    }

    private void ValidateUniqueOperationTypes()
    {
        var seen = new Dictionary<OperationType, OperationTypeDefinitionNode>();
        var nodes = _definitions.SchemaDefinitions.SelectMany(s => s.OperationTypes)
            .Concat(_definitions.SchemaExtensions.SelectMany(s => s.OperationTypes));
        foreach (var operationType in nodes)
        {
            if (seen.TryGetValue(operationType.Operation, out var existing))
            {
                Report($"There can be only one {OperationName(operationType.Operation)} type in schema.", existing, operationType);
            }
            else
            {
                seen[operationType.Operation] = operationType;
            }
        }
    }

    private void ValidateUniqueTypeNames()
    {
        var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var type in _definitions.TypeDefinitions)
        {
            var name = type.Name.Value;
            if (_existingTypes.ContainsKey(name))
            {
                Report($"Type \"{name}\" already exists in the schema. It cannot also be defined in this type definition.", type.Name);
            }
            else if (seen.TryGetValue(name, out var first))
            {
                Report($"There can be only one type named \"{name}\".", first, type.Name);
            }
            else
            {
                seen[name] = type.Name;
            }
        }
    }

    private void ValidateUniqueDirectiveNames()
    {
        var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var directive in _definitions.DirectiveDefinitions)
        {
            var name = directive.Name.Value;
            if (_existingDirectives.ContainsKey(name))
            {
                Report($"Directive \"@{name}\" already exists in the schema. It cannot be redefined.", directive.Name);
            }
            else if (seen.TryGetValue(name, out var first))
            {
                Report($"There can be only one directive named \"@{name}\".", first, directive.Name);
            }
            else
            {
                seen[name] = directive.Name;
            }

            ValidateUniqueArgumentDefinitions("@" + name, directive.Arguments);
        }
    }

    private void ValidateUniqueMemberNames()
    {
        var fieldsByType = new Dictionary<string, Dictionary<string, NameNode>>(StringComparer.Ordinal);
        var valuesByType = new Dictionary<string, Dictionary<string, NameNode>>(StringComparer.Ordinal);
        foreach (var node in _definitions.TypeDefinitions.Cast<SyntaxNode>().Concat(_definitions.TypeExtensions))
        {
            var typeName = node is TypeDefinitionNode d ? d.Name.Value : ((TypeExtensionNode)node).Name.Value;
            var (fields, inputFields, values) = Members(node);
            foreach (var field in fields)
            {
                CheckUniqueField(fieldsByType, typeName, field.Name);
                ValidateUniqueArgumentDefinitions($"{typeName}.{field.Name.Value}", field.Arguments);
            }

            foreach (var field in inputFields)
            {
                CheckUniqueField(fieldsByType, typeName, field.Name);
            }

            foreach (var value in values)
            {
                CheckUniqueEnumValue(valuesByType, typeName, value.Name);
            }
        }
    }

    private void CheckUniqueField(Dictionary<string, Dictionary<string, NameNode>> seenByType, string typeName, NameNode fieldName)
    {
        if (!seenByType.TryGetValue(typeName, out var seen))
        {
            seenByType[typeName] = seen = new(StringComparer.Ordinal);
        }

        var name = fieldName.Value;
        if (_existingTypes.TryGetValue(typeName, out var existing) && HasOtherField(existing, fieldName))
        {
            Report($"Field \"{typeName}.{name}\" already exists in the schema. It cannot also be defined in this type extension.", fieldName);
        }
        else if (seen.TryGetValue(name, out var first))
        {
            Report($"Field \"{typeName}.{name}\" can only be defined once.", first, fieldName);
        }
        else
        {
            seen[name] = fieldName;
        }
    }

    private void CheckUniqueEnumValue(Dictionary<string, Dictionary<string, NameNode>> seenByType, string typeName, NameNode valueName)
    {
        if (!seenByType.TryGetValue(typeName, out var seen))
        {
            seenByType[typeName] = seen = new(StringComparer.Ordinal);
        }

        var name = valueName.Value;
        if (_existingTypes.TryGetValue(typeName, out var existing) && existing is EnumType enumType && enumType.GetValue(name) is { } value && !ReferenceEquals(value.SyntaxNode?.Name, valueName))
        {
            Report($"Enum value \"{typeName}.{name}\" already exists in the schema. It cannot also be defined in this type extension.", valueName);
        }
        else if (seen.TryGetValue(name, out var first))
        {
            Report($"Enum value \"{typeName}.{name}\" can only be defined once.", first, valueName);
        }
        else
        {
            seen[name] = valueName;
        }
    }

    /// <summary>Whether a type built in code has the field already, from somewhere else than this very definition (an earlier Build).</summary>
    private static bool HasOtherField(NamedType type, NameNode fieldName) => type switch
    {
        ComplexOutputType complex => complex.Fields[fieldName.Value] is { } field && !ReferenceEquals(field.SyntaxNode?.Name, fieldName),
        InputObjectType input => input.Fields[fieldName.Value] is { } field && !ReferenceEquals(field.SyntaxNode?.Name, fieldName),
        _ => false,
    };

    private void ValidateUniqueArgumentDefinitions(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var nodes = group.Select(a => a.Name).ToArray();
            if (nodes.Length > 1)
            {
                Report($"Argument \"{parentName}({group.Key}:)\" can only be defined once.", nodes);
            }
        }
    }

    private void ValidatePossibleTypeExtensions()
    {
        foreach (var extension in _definitions.TypeExtensions)
        {
            var name = extension.Name.Value;
            SyntaxKind? expected = null;
            _definitions.TypesByName.TryGetValue(name, out var definition);
            if (definition is not null)
            {
                expected = ExtensionKindOf(definition.Kind);
            }
            else if (_existingTypes.TryGetValue(name, out var existing))
            {
                expected = ExtensionKindOf(existing);
            }
            else if (_implicitTypeNames.Contains(name))
            {
                expected = SyntaxKind.ScalarTypeExtension;
            }

            if (expected is null)
            {
                var allNames = _definitions.TypesByName.Keys.Concat(_existingTypes.Keys);
                Report($"Cannot extend type \"{name}\" because it is not defined." + Suggestions.DidYouMean(name, allNames), extension.Name);
            }
            else if (expected != extension.Kind)
            {
                var kindName = ExtensionKindName(extension.Kind);
                if (definition is not null)
                {
                    Report($"Cannot extend non-{kindName} type \"{name}\".", definition, extension);
                }
                else
                {
                    Report($"Cannot extend non-{kindName} type \"{name}\".", extension);
                }
            }
        }
    }

    private void ValidateKnownTypeNames()
    {
        var typeNames = _existingTypes.Keys.Concat(_suggestedImplicitTypeNames).Concat(_definitions.TypesByName.Keys).ToList();
        var known = new HashSet<string>(typeNames.Concat(_implicitTypeNames).Concat(StandardTypeNames), StringComparer.Ordinal);
        foreach (var reference in TypeReferences())
        {
            var name = reference.Name.Value;
            if (!known.Contains(name))
            {
                Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(name, StandardTypeNames.Concat(typeNames)), reference);
            }
        }
    }

    private IEnumerable<NamedTypeNode> TypeReferences()
    {
        foreach (var schema in _definitions.SchemaDefinitions)
        {
            foreach (var operation in schema.OperationTypes)
            {
                yield return operation.Type;
            }
        }

        foreach (var schema in _definitions.SchemaExtensions)
        {
            foreach (var operation in schema.OperationTypes)
            {
                yield return operation.Type;
            }
        }

        foreach (var node in _definitions.TypeDefinitions.Cast<SyntaxNode>().Concat(_definitions.TypeExtensions))
        {
            var interfaces = node switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces,
                ObjectTypeExtensionNode o => o.Interfaces,
                InterfaceTypeDefinitionNode i => i.Interfaces,
                InterfaceTypeExtensionNode i => i.Interfaces,
                UnionTypeDefinitionNode u => u.Types,
                UnionTypeExtensionNode u => u.Types,
                _ => [],
            };
            foreach (var reference in interfaces)
            {
                yield return reference;
            }

            var (fields, inputFields, _) = Members(node);
            foreach (var field in fields)
            {
                yield return NamedTypeOf(field.Type);
                foreach (var argument in field.Arguments)
                {
                    yield return NamedTypeOf(argument.Type);
                }
            }

            foreach (var field in inputFields)
            {
                yield return NamedTypeOf(field.Type);
            }
        }

        foreach (var directive in _definitions.DirectiveDefinitions)
        {
            foreach (var argument in directive.Arguments)
            {
                yield return NamedTypeOf(argument.Type);
            }
        }
    }

    private void ValidateDirectiveUsages()
    {
        var schemaSeen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var schema in _definitions.SchemaDefinitions)
        {
            CheckDirectives(schema.Directives, DirectiveLocation.Schema, schemaSeen);
        }

        foreach (var schema in _definitions.SchemaExtensions)
        {
            CheckDirectives(schema.Directives, DirectiveLocation.Schema, schemaSeen);
        }

        var seenByType = new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
        foreach (var node in _definitions.TypeDefinitions.Cast<SyntaxNode>().Concat(_definitions.TypeExtensions))
        {
            var (name, directives) = node switch
            {
                TypeDefinitionNode d => (d.Name.Value, d.Directives),
                TypeExtensionNode e => (e.Name.Value, ((TypeSystemExtensionNode)e).Directives),
                _ => (string.Empty, (IReadOnlyList<DirectiveNode>)[]),
            };
            if (!seenByType.TryGetValue(name, out var seen))
            {
                seenByType[name] = seen = new(StringComparer.Ordinal);
            }

            CheckDirectives(directives, TypeLocation(node.Kind), seen);

            var (fields, inputFields, values) = Members(node);
            foreach (var field in fields)
            {
                CheckDirectives(field.Directives, DirectiveLocation.FieldDefinition);
                foreach (var argument in field.Arguments)
                {
                    CheckDirectives(argument.Directives, DirectiveLocation.ArgumentDefinition);
                    CheckValue(argument.DefaultValue);
                }
            }

            foreach (var field in inputFields)
            {
                CheckDirectives(field.Directives, DirectiveLocation.InputFieldDefinition);
                CheckValue(field.DefaultValue);
            }

            foreach (var value in values)
            {
                CheckDirectives(value.Directives, DirectiveLocation.EnumValue);
            }
        }

        foreach (var directive in _definitions.DirectiveDefinitions)
        {
            foreach (var argument in directive.Arguments)
            {
                CheckDirectives(argument.Directives, DirectiveLocation.ArgumentDefinition);
                CheckValue(argument.DefaultValue);
            }
        }
    }

    private void CheckDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, Dictionary<string, DirectiveNode>? seen = null)
    {
        seen ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var shape))
            {
                Report($"Unknown directive \"@{name}\".", directive);
                continue;
            }

            if (!shape.Locations.Contains(location))
            {
                Report($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", directive);
            }

            if (!shape.IsRepeatable)
            {
                if (seen.TryGetValue(name, out var first))
                {
                    Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                }
                else
                {
                    seen[name] = directive;
                }
            }

            CheckDirectiveArguments(directive, shape);
        }
    }

    private void CheckDirectiveArguments(DirectiveNode directive, DirectiveShape shape)
    {
        var name = directive.Name.Value;
        foreach (var argument in directive.Arguments)
        {
            if (!shape.Arguments.Any(a => a.Name == argument.Name.Value))
            {
                Report(
                    $"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"." + Suggestions.DidYouMean(argument.Name.Value, shape.Arguments.Select(a => a.Name)),
                    argument);
            }

            CheckValue(argument.Value);
        }

        foreach (var group in directive.Arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Report($"There can be only one argument named \"{group.Key}\".", group.Select(a => a.Name).ToArray());
        }

        foreach (var required in shape.Arguments.Where(a => a.IsRequired))
        {
            if (!directive.Arguments.Any(a => a.Name.Value == required.Name))
            {
                Report($"Directive \"@{name}\" argument \"{required.Name}\" of type \"{required.TypeName}\" is required, but it was not provided.", directive);
            }
        }
    }

    /// <summary>UniqueInputFieldNames over a literal.</summary>
    private void CheckValue(ValueNode? value)
    {
        switch (value)
        {
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    CheckValue(item);
                }

                break;
            case ObjectValueNode obj:
                foreach (var group in obj.Fields.GroupBy(f => f.Name.Value, StringComparer.Ordinal).Where(g => g.Count() > 1))
                {
                    Report($"There can be only one input field named \"{group.Key}\".", group.Select(f => f.Name).ToArray());
                }

                foreach (var field in obj.Fields)
                {
                    CheckValue(field.Value);
                }

                break;
        }
    }

    internal static (IReadOnlyList<FieldDefinitionNode> Fields, IReadOnlyList<InputValueDefinitionNode> InputFields, IReadOnlyList<EnumValueDefinitionNode> Values) Members(SyntaxNode node)
        => node switch
        {
            ObjectTypeDefinitionNode o => (o.Fields, [], []),
            ObjectTypeExtensionNode o => (o.Fields, [], []),
            InterfaceTypeDefinitionNode i => (i.Fields, [], []),
            InterfaceTypeExtensionNode i => (i.Fields, [], []),
            InputObjectTypeDefinitionNode i => ([], i.Fields, []),
            InputObjectTypeExtensionNode i => ([], i.Fields, []),
            EnumTypeDefinitionNode e => ([], [], e.Values),
            EnumTypeExtensionNode e => ([], [], e.Values),
            _ => ([], [], []),
        };

    internal static NamedTypeNode NamedTypeOf(TypeNode type) => type switch
    {
        NamedTypeNode named => named,
        ListTypeNode list => NamedTypeOf(list.Type),
        NonNullTypeNode nonNull => NamedTypeOf(nonNull.Type),
        _ => throw new ArgumentException($"Unknown type node {type.Kind}.", nameof(type)),
    };

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static DirectiveLocation TypeLocation(SyntaxKind kind) => kind switch
    {
        SyntaxKind.ScalarTypeDefinition or SyntaxKind.ScalarTypeExtension => DirectiveLocation.Scalar,
        SyntaxKind.ObjectTypeDefinition or SyntaxKind.ObjectTypeExtension => DirectiveLocation.Object,
        SyntaxKind.InterfaceTypeDefinition or SyntaxKind.InterfaceTypeExtension => DirectiveLocation.Interface,
        SyntaxKind.UnionTypeDefinition or SyntaxKind.UnionTypeExtension => DirectiveLocation.Union,
        SyntaxKind.EnumTypeDefinition or SyntaxKind.EnumTypeExtension => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };

    private static SyntaxKind ExtensionKindOf(SyntaxKind definitionKind) => definitionKind switch
    {
        SyntaxKind.ScalarTypeDefinition => SyntaxKind.ScalarTypeExtension,
        SyntaxKind.ObjectTypeDefinition => SyntaxKind.ObjectTypeExtension,
        SyntaxKind.InterfaceTypeDefinition => SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeDefinition => SyntaxKind.UnionTypeExtension,
        SyntaxKind.EnumTypeDefinition => SyntaxKind.EnumTypeExtension,
        _ => SyntaxKind.InputObjectTypeExtension,
    };

    private static SyntaxKind ExtensionKindOf(NamedType type) => type switch
    {
        ScalarType => SyntaxKind.ScalarTypeExtension,
        ObjectType => SyntaxKind.ObjectTypeExtension,
        InterfaceType => SyntaxKind.InterfaceTypeExtension,
        UnionType => SyntaxKind.UnionTypeExtension,
        EnumType => SyntaxKind.EnumTypeExtension,
        _ => SyntaxKind.InputObjectTypeExtension,
    };

    private static string ExtensionKindName(SyntaxKind kind) => kind switch
    {
        SyntaxKind.ScalarTypeExtension => "scalar",
        SyntaxKind.ObjectTypeExtension => "object",
        SyntaxKind.InterfaceTypeExtension => "interface",
        SyntaxKind.UnionTypeExtension => "union",
        SyntaxKind.EnumTypeExtension => "enum",
        _ => "input object",
    };

    /// <summary>What the directive rules need to know about a directive, whether defined in SDL or in code.</summary>
    private sealed record DirectiveShape(bool IsRepeatable, IReadOnlySet<DirectiveLocation> Locations, IReadOnlyList<ArgumentShape> Arguments)
    {
        public static DirectiveShape From(DirectiveDefinition directive) => new(
            directive.IsRepeatable,
            directive.Locations.ToHashSet(),
            directive.Arguments.Select(a => new ArgumentShape(a.Name, a.Type.Print(), a.IsRequired())).ToArray());

        public static DirectiveShape From(DirectiveDefinitionNode directive) => new(
            directive.IsRepeatable,
            directive.Locations.Select(l => DirectiveLocationNames.TryParse(l.Value, out var location) ? (DirectiveLocation?)location : null)
                .Where(l => l is not null).Select(l => l!.Value).ToHashSet(),
            directive.Arguments.Select(a => new ArgumentShape(a.Name.Value, TypeNodePrinter.Print(a.Type), a.Type is NonNullTypeNode && a.DefaultValue is null)).ToArray());
    }

    private sealed record ArgumentShape(string Name, string TypeName, bool IsRequired);
}
