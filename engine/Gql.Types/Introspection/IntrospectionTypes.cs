using Gql.Types.Resolvers;

namespace Gql.Types;

/// <summary>
/// The introspection types of spec section 4.2 (<c>__Schema</c>, <c>__Type</c>, ...), shared by every
/// schema like graphql-js does; their resolvers read the schema model objects.
/// </summary>
public static class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        Describe(SchemaType, "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");
        AddField(SchemaType, "description", BuiltInScalars.String, null, IntrospectionResolvers.SchemaDescription);
        AddField(SchemaType, "types", new NonNullType(new ListType(new NonNullType(TypeType))), "A list of all types supported by this server.", IntrospectionResolvers.SchemaTypes);
        AddField(SchemaType, "queryType", new NonNullType(TypeType), "The type that query operations will be rooted at.", IntrospectionResolvers.SchemaQueryType);
        AddField(SchemaType, "mutationType", TypeType, "If this server supports mutation, the type that mutation operations will be rooted at.", IntrospectionResolvers.SchemaMutationType);
        AddField(SchemaType, "subscriptionType", TypeType, "If this server support subscription, the type that subscription operations will be rooted at.", IntrospectionResolvers.SchemaSubscriptionType);
        AddField(SchemaType, "directives", new NonNullType(new ListType(new NonNullType(DirectiveType))), "A list of all directives supported by this server.", IntrospectionResolvers.SchemaDirectives, includeDeprecated: true);
        SchemaType.Fields["directives"]!.Arguments["includeDeprecated"]!.Type = new NonNullType(BuiltInScalars.Boolean);
        Describe(DirectiveType, "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");
        AddField(DirectiveType, "name", new NonNullType(BuiltInScalars.String), null, IntrospectionResolvers.DirectiveName);
        AddField(DirectiveType, "description", BuiltInScalars.String, null, IntrospectionResolvers.DirectiveDescription);
        AddField(DirectiveType, "isRepeatable", new NonNullType(BuiltInScalars.Boolean), null, IntrospectionResolvers.DirectiveIsRepeatable);
        AddField(DirectiveType, "locations", new NonNullType(new ListType(new NonNullType(DirectiveLocationType))), null, IntrospectionResolvers.DirectiveLocations);
        AddField(DirectiveType, "args", new NonNullType(new ListType(new NonNullType(InputValueType))), null, IntrospectionResolvers.DirectiveArgs, includeDeprecated: true);
        AddField(DirectiveType, "isDeprecated", new NonNullType(BuiltInScalars.Boolean), null, IntrospectionResolvers.DirectiveIsDeprecated);
        AddField(DirectiveType, "deprecationReason", BuiltInScalars.String, null, IntrospectionResolvers.DirectiveDeprecationReason);
        Describe(DirectiveLocationType, "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        AddValue(DirectiveLocationType, "QUERY", DirectiveLocation.Query, "Location adjacent to a query operation.");
        AddValue(DirectiveLocationType, "MUTATION", DirectiveLocation.Mutation, "Location adjacent to a mutation operation.");
        AddValue(DirectiveLocationType, "SUBSCRIPTION", DirectiveLocation.Subscription, "Location adjacent to a subscription operation.");
        AddValue(DirectiveLocationType, "FIELD", DirectiveLocation.Field, "Location adjacent to a field.");
        AddValue(DirectiveLocationType, "FRAGMENT_DEFINITION", DirectiveLocation.FragmentDefinition, "Location adjacent to a fragment definition.");
        AddValue(DirectiveLocationType, "FRAGMENT_SPREAD", DirectiveLocation.FragmentSpread, "Location adjacent to a fragment spread.");
        AddValue(DirectiveLocationType, "INLINE_FRAGMENT", DirectiveLocation.InlineFragment, "Location adjacent to an inline fragment.");
        AddValue(DirectiveLocationType, "VARIABLE_DEFINITION", DirectiveLocation.VariableDefinition, "Location adjacent to a variable definition.");
        AddValue(DirectiveLocationType, "SCHEMA", DirectiveLocation.Schema, "Location adjacent to a schema definition.");
        AddValue(DirectiveLocationType, "SCALAR", DirectiveLocation.Scalar, "Location adjacent to a scalar definition.");
        AddValue(DirectiveLocationType, "OBJECT", DirectiveLocation.Object, "Location adjacent to an object type definition.");
        AddValue(DirectiveLocationType, "FIELD_DEFINITION", DirectiveLocation.FieldDefinition, "Location adjacent to a field definition.");
        AddValue(DirectiveLocationType, "ARGUMENT_DEFINITION", DirectiveLocation.ArgumentDefinition, "Location adjacent to an argument definition.");
        AddValue(DirectiveLocationType, "INTERFACE", DirectiveLocation.Interface, "Location adjacent to an interface definition.");
        AddValue(DirectiveLocationType, "UNION", DirectiveLocation.Union, "Location adjacent to a union definition.");
        AddValue(DirectiveLocationType, "ENUM", DirectiveLocation.Enum, "Location adjacent to an enum definition.");
        AddValue(DirectiveLocationType, "ENUM_VALUE", DirectiveLocation.EnumValue, "Location adjacent to an enum value definition.");
        AddValue(DirectiveLocationType, "INPUT_OBJECT", DirectiveLocation.InputObject, "Location adjacent to an input object type definition.");
        AddValue(DirectiveLocationType, "INPUT_FIELD_DEFINITION", DirectiveLocation.InputFieldDefinition, "Location adjacent to an input object field definition.");
        AddValue(DirectiveLocationType, "DIRECTIVE_DEFINITION", DirectiveLocation.DirectiveDefinition, "Location adjacent to a directive definition.");
        Describe(TypeType, "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");
        AddField(TypeType, "kind", new NonNullType(TypeKindType), null, IntrospectionResolvers.TypeKind);
        AddField(TypeType, "name", BuiltInScalars.String, null, IntrospectionResolvers.TypeName);
        AddField(TypeType, "description", BuiltInScalars.String, null, IntrospectionResolvers.TypeDescription);
        AddField(TypeType, "specifiedByURL", BuiltInScalars.String, null, IntrospectionResolvers.TypeSpecifiedByURL);
        AddField(TypeType, "fields", new ListType(new NonNullType(FieldType)), null, IntrospectionResolvers.TypeFields, includeDeprecated: true);
        AddField(TypeType, "interfaces", new ListType(new NonNullType(TypeType)), null, IntrospectionResolvers.TypeInterfaces);
        AddField(TypeType, "possibleTypes", new ListType(new NonNullType(TypeType)), null, IntrospectionResolvers.TypePossibleTypes);
        AddField(TypeType, "enumValues", new ListType(new NonNullType(EnumValueType)), null, IntrospectionResolvers.TypeEnumValues, includeDeprecated: true);
        AddField(TypeType, "inputFields", new ListType(new NonNullType(InputValueType)), null, IntrospectionResolvers.TypeInputFields, includeDeprecated: true);
        AddField(TypeType, "ofType", TypeType, null, IntrospectionResolvers.TypeOfType);
        AddField(TypeType, "isOneOf", BuiltInScalars.Boolean, null, IntrospectionResolvers.TypeIsOneOf);
        Describe(FieldType, "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
        AddField(FieldType, "name", new NonNullType(BuiltInScalars.String), null, IntrospectionResolvers.FieldName);
        AddField(FieldType, "description", BuiltInScalars.String, null, IntrospectionResolvers.FieldDescription);
        AddField(FieldType, "args", new NonNullType(new ListType(new NonNullType(InputValueType))), null, IntrospectionResolvers.FieldArgs, includeDeprecated: true);
        AddField(FieldType, "type", new NonNullType(TypeType), null, IntrospectionResolvers.FieldType);
        AddField(FieldType, "isDeprecated", new NonNullType(BuiltInScalars.Boolean), null, IntrospectionResolvers.FieldIsDeprecated);
        AddField(FieldType, "deprecationReason", BuiltInScalars.String, null, IntrospectionResolvers.FieldDeprecationReason);
        Describe(InputValueType, "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
        AddField(InputValueType, "name", new NonNullType(BuiltInScalars.String), null, IntrospectionResolvers.InputValueName);
        AddField(InputValueType, "description", BuiltInScalars.String, null, IntrospectionResolvers.InputValueDescription);
        AddField(InputValueType, "type", new NonNullType(TypeType), null, IntrospectionResolvers.InputValueType);
        AddField(InputValueType, "defaultValue", BuiltInScalars.String, "A GraphQL-formatted string representing the default value for this input value.", IntrospectionResolvers.InputValueDefaultValue);
        AddField(InputValueType, "isDeprecated", new NonNullType(BuiltInScalars.Boolean), null, IntrospectionResolvers.InputValueIsDeprecated);
        AddField(InputValueType, "deprecationReason", BuiltInScalars.String, null, IntrospectionResolvers.InputValueDeprecationReason);
        Describe(EnumValueType, "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");
        AddField(EnumValueType, "name", new NonNullType(BuiltInScalars.String), null, IntrospectionResolvers.EnumValueName);
        AddField(EnumValueType, "description", BuiltInScalars.String, null, IntrospectionResolvers.EnumValueDescription);
        AddField(EnumValueType, "isDeprecated", new NonNullType(BuiltInScalars.Boolean), null, IntrospectionResolvers.EnumValueIsDeprecated);
        AddField(EnumValueType, "deprecationReason", BuiltInScalars.String, null, IntrospectionResolvers.EnumValueDeprecationReason);
        Describe(TypeKindType, "An enum describing what kind of type a given `__Type` is.");
        AddValue(TypeKindType, "SCALAR", TypeKind.Scalar, "Indicates this type is a scalar.");
        AddValue(TypeKindType, "OBJECT", TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields.");
        AddValue(TypeKindType, "INTERFACE", TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.");
        AddValue(TypeKindType, "UNION", TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field.");
        AddValue(TypeKindType, "ENUM", TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field.");
        AddValue(TypeKindType, "INPUT_OBJECT", TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field.");
        AddValue(TypeKindType, "LIST", TypeKind.List, "Indicates this type is a list. `ofType` is a valid field.");
        AddValue(TypeKindType, "NON_NULL", TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field.");
    }

    public static ObjectType SchemaType { get; } = new("__Schema");

    public static ObjectType DirectiveType { get; } = new("__Directive");

    public static EnumType DirectiveLocationType { get; } = new("__DirectiveLocation");

    public static ObjectType TypeType { get; } = new("__Type");

    public static ObjectType FieldType { get; } = new("__Field");

    public static ObjectType InputValueType { get; } = new("__InputValue");

    public static ObjectType EnumValueType { get; } = new("__EnumValue");

    public static EnumType TypeKindType { get; } = new("__TypeKind");

    /// <summary>In graphql-js order.</summary>
    public static IReadOnlyList<NamedType> All { get; } =
        [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];

    public static bool IsIntrospectionType(NamedType type) => All.Contains(type);

    public static bool IsIntrospectionTypeName(string name) => name is "__Schema" or "__Directive" or "__DirectiveLocation" or "__Type" or "__Field" or "__InputValue" or "__EnumValue" or "__TypeKind";

    private static void Describe(NamedType type, string description) => type.Description = description;

    private static void AddField(ObjectType type, string name, IType fieldType, string? description, FieldResolverDelegate resolver, bool includeDeprecated = false)
    {
        var field = new OutputField(name, fieldType) { Description = description, Resolver = resolver };
        if (includeDeprecated)
        {
            field.Arguments.Add(new Argument("includeDeprecated", BuiltInScalars.Boolean)
            {
                DefaultValue = new Gql.Language.Syntax.BooleanValueNode(null, false),
            });
        }

        type.Fields.Add(field);
    }

    private static void AddValue(EnumType type, string name, object runtimeValue, string description)
        => type.Values.Add(new EnumValue(name, runtimeValue) { Description = description });
}
