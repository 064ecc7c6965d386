namespace Gql.Fusion.Composition;

/// <summary>
/// The error codes of the GraphQL Composite Schemas spec ("Schema Composition" chapter), with the
/// names Hot Chocolate Fusion v2 reports them under.
/// </summary>
public static class CompositionErrorCodes
{
    // Validate source schemas
    public const string InvalidGraphQL = "INVALID_GRAPHQL";
    public const string TypeDefinitionInvalid = "TYPE_DEFINITION_INVALID";
    public const string DisallowedInaccessible = "DISALLOWED_INACCESSIBLE";
    public const string QueryRootTypeInaccessible = "QUERY_ROOT_TYPE_INACCESSIBLE";
    public const string RootQueryUsed = "ROOT_QUERY_USED";
    public const string RootMutationUsed = "ROOT_MUTATION_USED";
    public const string RootSubscriptionUsed = "ROOT_SUBSCRIPTION_USED";
    public const string KeyInvalidFieldsType = "KEY_INVALID_FIELDS_TYPE";
    public const string KeyInvalidSyntax = "KEY_INVALID_SYNTAX";
    public const string KeyInvalidFields = "KEY_INVALID_FIELDS";
    public const string KeyDirectiveInFieldsArg = "KEY_DIRECTIVE_IN_FIELDS_ARG";
    public const string KeyFieldsHasArgs = "KEY_FIELDS_HAS_ARGS";
    public const string KeyFieldsSelectInvalidType = "KEY_FIELDS_SELECT_INVALID_TYPE";
    public const string LookupMustHaveArguments = "LOOKUP_MUST_HAVE_ARGUMENTS";
    public const string LookupReturnsList = "LOOKUP_RETURNS_LIST";
    public const string LookupReturnsNonNullableType = "LOOKUP_RETURNS_NON_NULLABLE_TYPE";
    public const string IsInvalidSyntax = "IS_INVALID_SYNTAX";
    public const string IsInvalidFields = "IS_INVALID_FIELDS";
    public const string IsInvalidUsage = "IS_INVALID_USAGE";
    public const string RequireInvalidSyntax = "REQUIRE_INVALID_SYNTAX";
    public const string RequireInvalidFieldsType = "REQUIRE_INVALID_FIELDS_TYPE";
    public const string ExternalOnInterface = "EXTERNAL_ON_INTERFACE";
    public const string ExternalUnused = "EXTERNAL_UNUSED";
    public const string ExternalCollisionWithAnotherDirective = "EXTERNAL_COLLISION_WITH_ANOTHER_DIRECTIVE";
    public const string ProvidesInvalidSyntax = "PROVIDES_INVALID_SYNTAX";
    public const string ProvidesOnNonCompositeField = "PROVIDES_ON_NON_COMPOSITE_FIELD";
    public const string ProvidesDirectiveInFieldsArg = "PROVIDES_DIRECTIVE_IN_FIELDS_ARG";
    public const string ProvidesFieldsMissingExternal = "PROVIDES_FIELDS_MISSING_EXTERNAL";
    public const string OverrideFromSelf = "OVERRIDE_FROM_SELF";
    public const string OverrideOnInterface = "OVERRIDE_ON_INTERFACE";
    public const string OverrideCollisionWithAnotherDirective = "OVERRIDE_COLLISION_WITH_ANOTHER_DIRECTIVE";
    public const string InvalidShareableUsage = "INVALID_SHAREABLE_USAGE";

    // Pre-merge validation (across source schemas)
    public const string TypeKindMismatch = "TYPE_KIND_MISMATCH";
    public const string OutputFieldTypesNotMergeable = "OUTPUT_FIELD_TYPES_NOT_MERGEABLE";
    public const string InputFieldTypesNotMergeable = "INPUT_FIELD_TYPES_NOT_MERGEABLE";
    public const string FieldArgumentTypesNotMergeable = "FIELD_ARGUMENT_TYPES_NOT_MERGEABLE";
    public const string InputFieldDefaultMismatch = "INPUT_FIELD_DEFAULT_MISMATCH";
    public const string InputWithMissingRequiredFields = "INPUT_WITH_MISSING_REQUIRED_FIELDS";
    public const string EnumValuesMismatch = "ENUM_VALUES_MISMATCH";
    public const string EnumTypeDefaultValueInaccessible = "ENUM_TYPE_DEFAULT_VALUE_INACCESSIBLE";
    public const string ExternalMissingOnBase = "EXTERNAL_MISSING_ON_BASE";
    public const string ExternalTypeMismatch = "EXTERNAL_TYPE_MISMATCH";
    public const string ExternalArgumentMissing = "EXTERNAL_ARGUMENT_MISSING";
    public const string ExternalArgumentTypeMismatch = "EXTERNAL_ARGUMENT_TYPE_MISMATCH";
    public const string ExternalArgumentDefaultMismatch = "EXTERNAL_ARGUMENT_DEFAULT_MISMATCH";
    public const string OverrideSourceHasOverride = "OVERRIDE_SOURCE_HAS_OVERRIDE";

    // Post-merge validation
    public const string EmptyMergedObjectType = "EMPTY_MERGED_OBJECT_TYPE";
    public const string EmptyMergedInputObjectType = "EMPTY_MERGED_INPUT_OBJECT_TYPE";
    public const string NoQueries = "NO_QUERIES";
    public const string InterfaceFieldNoImplementation = "INTERFACE_FIELD_NO_IMPLEMENTATION";
    public const string ImplementedByInaccessible = "IMPLEMENTED_BY_INACCESSIBLE";
    public const string NonNullInputFieldIsInaccessible = "NON_NULL_INPUT_FIELD_IS_INACCESSIBLE";
    public const string InvalidFieldSharing = "INVALID_FIELD_SHARING";
    public const string RequireInvalidFields = "REQUIRE_INVALID_FIELDS";
    public const string OnlyInaccessibleChildren = "ONLY_INACCESSIBLE_CHILDREN";
    public const string InputFieldReferencesInaccessibleType = "INPUT_FIELD_REFERENCES_INACCESSIBLE_TYPE";
    public const string ReferenceToInaccessibleType = "REFERENCE_TO_INACCESSIBLE_TYPE";

    // Validate satisfiability
    public const string UnsatisfiableQueryPath = "UNSATISFIABLE_QUERY_PATH";
}
