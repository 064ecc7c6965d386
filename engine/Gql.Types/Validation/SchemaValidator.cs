using Gql.Language;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>
/// The type system validation of graphql-js <c>validateSchema</c> (spec section 3, "Type Validation"
/// of each kind): names, fields and arguments, interface implementations (transitive, covariant
/// field types, argument rules), union members, enum values, input objects (non-null cycles,
/// <c>@oneOf</c> rules) and directive definitions.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var context = new Context(schema);
        ValidateDirectives(context);
        ValidateTypes(context);
        return context.Errors;
    }

    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.DirectiveDefinitions.Values)
        {
            ValidateName(context, directive.Name, directive.SyntaxNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.SyntaxNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(context, argument.Name, argument.SyntaxNode);
                if (!argument.Type.IsInputType())
                {
                    context.Report($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.SyntaxNode);
                }

                if (argument.IsRequired() && argument.IsDeprecated)
                {
                    context.Report($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.", DeprecatedDirective(argument), argument.SyntaxNode?.Type);
                }
            }
        }
    }

    private static void ValidateName(Context context, string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
            return;
        }

        if (name.Length == 0)
        {
            context.Report("Expected name to be a non-empty string.", node);
        }
        else if (!(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            context.Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
        }
        else if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            context.Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
        }
    }

    private static void ValidateTypes(Context context)
    {
        var cycles = new InputObjectCycleDetector(context);
        foreach (var type in context.Schema.Types.Values)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type))
            {
                ValidateName(context, type.Name, type.SyntaxNode);
            }

            switch (type)
            {
                case ComplexOutputType complex:
                    ValidateFields(context, complex);
                    ValidateInterfaces(context, complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(context, input);
                    cycles.Detect(input);
                    break;
            }
        }
    }

    private static void ValidateFields(Context context, ComplexOutputType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", TypeNodes(type));
        }

        foreach (var field in type.Fields)
        {
            ValidateName(context, field.Name, field.SyntaxNode);
            if (!field.Type.IsOutputType())
            {
                context.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.SyntaxNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(context, argument.Name, argument.SyntaxNode);
                if (!argument.Type.IsInputType())
                {
                    context.Report($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.SyntaxNode?.Type);
                }

                if (argument.IsRequired() && argument.IsDeprecated)
                {
                    context.Report($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.", DeprecatedDirective(argument), argument.SyntaxNode?.Type);
                }
            }
        }
    }

    private static void ValidateInterfaces(Context context, ComplexOutputType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var implemented in type.Interfaces)
        {
            if (ReferenceEquals(type, implemented))
            {
                context.Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, implemented));
                continue;
            }

            if (!seen.Add(implemented.Name))
            {
                context.Report($"Type {type.Name} can only implement {implemented.Name} once.", ImplementsNodes(type, implemented));
                continue;
            }

            ValidateImplementsAncestors(context, type, implemented);
            ValidateImplementsInterface(context, type, implemented);
        }
    }

    private static void ValidateImplementsInterface(Context context, ComplexOutputType type, InterfaceType implemented)
    {
        foreach (var interfaceField in implemented.Fields)
        {
            var fieldName = interfaceField.Name;
            if (type.Fields[fieldName] is not { } typeField)
            {
                context.Report(
                    $"Interface field {implemented.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    [interfaceField.SyntaxNode, .. TypeNodes(type)]);
                continue;
            }

            if (!TypeExtensions.IsTypeSubTypeOf(context.Schema, typeField.Type, interfaceField.Type))
            {
                context.Report(
                    $"Interface field {implemented.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    interfaceField.SyntaxNode?.Type,
                    typeField.SyntaxNode?.Type);
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argumentName = interfaceArgument.Name;
                if (typeField.Arguments[argumentName] is not { } typeArgument)
                {
                    context.Report(
                        $"Interface field argument {implemented.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.",
                        interfaceArgument.SyntaxNode,
                        typeField.SyntaxNode);
                    continue;
                }

                if (!interfaceArgument.Type.IsEqualType(typeArgument.Type))
                {
                    context.Report(
                        $"Interface field argument {implemented.Name}.{fieldName}({argumentName}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type}.",
                        interfaceArgument.SyntaxNode?.Type,
                        typeArgument.SyntaxNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (!interfaceField.Arguments.Contains(typeArgument.Name) && typeArgument.IsRequired())
                {
                    context.Report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {implemented.Name}.{fieldName}.",
                        typeArgument.SyntaxNode,
                        interfaceField.SyntaxNode);
                }
            }
        }
    }

    private static void ValidateImplementsAncestors(Context context, ComplexOutputType type, InterfaceType implemented)
    {
        foreach (var transitive in implemented.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                var message = ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {implemented.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {implemented.Name}.";
                context.Report(message, [.. ImplementsNodes(implemented, transitive), .. ImplementsNodes(type, implemented)]);
            }
        }
    }

    private static void ValidateUnionMembers(Context context, UnionType union)
    {
        if (union.Types.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", TypeNodes(union));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", UnionMemberNodes(union, member.Name));
            }
        }
    }

    private static void ValidateEnumValues(Context context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.", TypeNodes(enumType));
        }

        foreach (var value in enumType.Values)
        {
            if (value.Name is "true" or "false" or "null")
            {
                context.Report($"Enum values cannot be named: {value.Name}", value.SyntaxNode);
                continue;
            }

            ValidateName(context, value.Name, value.SyntaxNode);
        }
    }

    private static void ValidateInputFields(Context context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.Report($"Input Object type {input.Name} must define one or more fields.", TypeNodes(input));
        }

        foreach (var field in input.Fields)
        {
            ValidateName(context, field.Name, field.SyntaxNode);
            if (!field.Type.IsInputType())
            {
                context.Report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.SyntaxNode?.Type);
            }

            if (field.IsRequired() && field.IsDeprecated)
            {
                context.Report($"Required input field {input.Name}.{field.Name} cannot be deprecated.", DeprecatedDirective(field), field.SyntaxNode?.Type);
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    context.Report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.SyntaxNode?.Type);
                }

                if (field.DefaultValue is not null)
                {
                    context.Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.SyntaxNode);
                }
            }
        }
    }

    private static SyntaxNode?[] TypeNodes(NamedType type) => [type.SyntaxNode, .. type.ExtensionSyntaxNodes];

    private static DirectiveNode? DeprecatedDirective(InputValue value)
        => value.SyntaxNode?.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");

    private static SyntaxNode?[] ImplementsNodes(NamedType type, InterfaceType implemented)
    {
        var nodes = new List<SyntaxNode?>();
        foreach (var node in TypeNodes(type))
        {
            var interfaces = node switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces,
                ObjectTypeExtensionNode o => o.Interfaces,
                InterfaceTypeDefinitionNode i => i.Interfaces,
                InterfaceTypeExtensionNode i => i.Interfaces,
                _ => [],
            };
            nodes.AddRange(interfaces.Where(i => i.Name.Value == implemented.Name));
        }

        return [.. nodes];
    }

    private static SyntaxNode?[] UnionMemberNodes(UnionType union, string memberName)
    {
        var nodes = new List<SyntaxNode?>();
        foreach (var node in TypeNodes(union))
        {
            var members = node switch
            {
                UnionTypeDefinitionNode u => u.Types,
                UnionTypeExtensionNode u => u.Types,
                _ => [],
            };
            nodes.AddRange(members.Where(m => m.Name.Value == memberName));
        }

        return [.. nodes];
    }

    private sealed class Context(Schema schema)
    {
        public Schema Schema { get; } = schema;

        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params SyntaxNode?[] nodes) => Errors.Add(SchemaErrors.Create(message, nodes));
    }

    /// <summary>Finds input objects that reference themselves through non-null fields only (spec 3.10.1).</summary>
    private sealed class InputObjectCycleDetector(Context context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputField> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public void Detect(InputObjectType input)
        {
            if (!_visited.Add(input.Name))
            {
                return;
            }

            _pathIndexByTypeName[input.Name] = _fieldPath.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is NonNullType { OfType: InputObjectType fieldType })
                {
                    _fieldPath.Add(field);
                    if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        var cyclePath = _fieldPath.Skip(cycleIndex).ToList();
                        var pathText = string.Join('.', cyclePath.Select(f => f.Name));
                        context.Report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{pathText}\".",
                            cyclePath.Select(f => (SyntaxNode?)f.SyntaxNode).ToArray());
                    }

                    _fieldPath.RemoveAt(_fieldPath.Count - 1);
                }
            }

            _pathIndexByTypeName.Remove(input.Name);
        }
    }
}
