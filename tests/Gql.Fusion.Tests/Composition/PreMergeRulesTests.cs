using Gql.Fusion.Composition;
using static Gql.Fusion.Tests.Composition.Composer;

namespace Gql.Fusion.Tests.Composition;

public sealed class PreMergeRulesTests
{
    [Fact]
    public void Same_name_as_object_and_interface_is_TYPE_KIND_MISMATCH_naming_both_schemas()
    {
        var result = Compose(
            "type Query { user: User }\ntype User { id: ID! }",
            "type Query { me: User }\ninterface User { id: ID! }");

        var error = SingleError(result, CompositionErrorCodes.TypeKindMismatch);
        Assert.Equal("b", error.SchemaName);
        Assert.Equal("User", error.Coordinate);
        Assert.Equal("The type 'User' has a different kind in schema 'a' (object) than it does in schema 'b' (interface).", error.Message);
    }

    [Fact]
    public void Conflicting_field_types_are_OUTPUT_FIELD_TYPES_NOT_MERGEABLE()
    {
        var result = Compose(
            "type Query { user: User @shareable }\ntype User @shareable { birthdate: String! }",
            "type Query { user: User @shareable }\ntype User @shareable { birthdate: DateTime! }\nscalar DateTime");

        var error = SingleError(result, CompositionErrorCodes.OutputFieldTypesNotMergeable);
        Assert.Equal(("b", "User.birthdate"), (error.SchemaName!, error.Coordinate!));
        Assert.Contains("'a' (String!)", error.Message, StringComparison.Ordinal);
        Assert.Contains("'b' (DateTime!)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_list_structure_is_OUTPUT_FIELD_TYPES_NOT_MERGEABLE_but_different_nullability_merges()
    {
        var lists = Compose(
            "type Query { tags: [String] @shareable }",
            "type Query { tags: [[String]] @shareable }");
        var nullability = Compose(
            "type Query { tags: [String!]! @shareable }",
            "type Query { tags: [String] @shareable }");

        AssertErrors(lists, CompositionErrorCodes.OutputFieldTypesNotMergeable);
        AssertSucceeded(nullability);
        Assert.Contains("tags: [String]\n", nullability.PublicSdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicting_argument_types_are_FIELD_ARGUMENT_TYPES_NOT_MERGEABLE()
    {
        var result = Compose(
            "type Query { search(term: String): [String] @shareable }",
            "type Query { search(term: Int): [String] @shareable }");

        var error = SingleError(result, CompositionErrorCodes.FieldArgumentTypesNotMergeable);
        Assert.Equal("Query.search(term:)", error.Coordinate);
    }

    [Fact]
    public void Conflicting_input_field_types_are_INPUT_FIELD_TYPES_NOT_MERGEABLE()
    {
        var result = Compose(
            "type Query { a(filter: Filter): String }\ninput Filter { from: String }",
            "type Query { b(filter: Filter): String }\ninput Filter { from: Int }");

        AssertErrors(result, CompositionErrorCodes.InputFieldTypesNotMergeable);
    }

    [Fact]
    public void Different_input_field_defaults_are_INPUT_FIELD_DEFAULT_MISMATCH()
    {
        var result = Compose(
            "type Query { a(filter: Filter): String }\ninput Filter { min: Int = 10 }",
            "type Query { b(filter: Filter): String }\ninput Filter { min: Int = 20 }");

        AssertErrors(result, CompositionErrorCodes.InputFieldDefaultMismatch);
    }

    [Fact]
    public void Required_input_field_missing_in_another_schema_is_INPUT_WITH_MISSING_REQUIRED_FIELDS()
    {
        var result = Compose(
            "type Query { a(filter: Filter): String }\ninput Filter { title: String! author: String }",
            "type Query { b(filter: Filter): String }\ninput Filter { author: String }");

        var error = SingleError(result, CompositionErrorCodes.InputWithMissingRequiredFields);
        Assert.Equal(("b", "Filter"), (error.SchemaName!, error.Coordinate!));
    }

    [Fact]
    public void Enums_with_different_values_are_ENUM_VALUES_MISMATCH_unless_the_extra_values_are_inaccessible()
    {
        var mismatch = Compose(
            "type Query { a: Genre }\nenum Genre { FANTASY }",
            "type Query { b: Genre }\nenum Genre { FANTASY SCIENCE_FICTION }");
        var hidden = Compose(
            "type Query { a: Genre }\nenum Genre { FANTASY }",
            "type Query { b: Genre }\nenum Genre { FANTASY SCIENCE_FICTION @inaccessible }");

        var error = SingleError(mismatch, CompositionErrorCodes.EnumValuesMismatch);
        Assert.Equal("a", error.SchemaName);
        Assert.Contains("'SCIENCE_FICTION'", error.Message, StringComparison.Ordinal);
        AssertSucceeded(hidden);
        Assert.Contains("enum Genre {\n  FANTASY\n}", hidden.PublicSdl, StringComparison.Ordinal);
    }

    [Fact]
    public void External_field_without_a_resolving_schema_is_EXTERNAL_MISSING_ON_BASE()
    {
        var result = Compose(
            "type Query { productById(id: ID!): Product @lookup }\ntype Product @key(fields: \"id\") { id: ID! }",
            "type Query { productById(id: ID!): Product @lookup @internal }\ntype Product @key(fields: \"id\") { id: ID! name: String @external size(name: String @require(field: \"name\")): Int }");

        Assert.Contains(CompositionErrorCodes.ExternalMissingOnBase, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void External_field_with_another_type_is_EXTERNAL_TYPE_MISMATCH()
    {
        var result = Compose(
            "type Query { productById(id: ID!): Product @lookup }\ntype Product @key(fields: \"id\") { id: ID! name: String! }",
            "type Query { productById(id: ID!): Product @lookup @internal }\ntype Product @key(fields: \"id\") { id: ID! name: Int @external size(name: Int @require(field: \"name\")): Int }");

        Assert.Contains(CompositionErrorCodes.ExternalTypeMismatch, result.Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData("name: String @external", CompositionErrorCodes.ExternalArgumentMissing)]
    [InlineData("name(language: String!): String @external", CompositionErrorCodes.ExternalArgumentTypeMismatch)]
    [InlineData("name(language: String = \"de\"): String @external", CompositionErrorCodes.ExternalArgumentDefaultMismatch)]
    public void External_field_must_declare_the_arguments_of_its_base_field(string externalField, string code)
    {
        var result = Compose(
            "type Query { productById(id: ID!): Product @lookup }\ntype Product @key(fields: \"id\") { id: ID! name(language: String = \"en\"): String }",
            "type Query { productById(id: ID!): Product @lookup @internal }\ntype Product @key(fields: \"id\") { id: ID! " + externalField + " size(name: String @require(field: \"name\")): Int }");

        var error = SingleError(result, code);
        Assert.Equal(("b", "Product.name(language:)"), (error.SchemaName!, error.Coordinate!));
    }

    [Fact]
    public void Field_overridden_by_two_schemas_is_OVERRIDE_SOURCE_HAS_OVERRIDE()
    {
        var result = Compose(
            "type Query { a: Bill @shareable }\ntype Bill { amount: Int @override(from: \"c\") }",
            "type Query { a: Bill @shareable }\ntype Bill { amount: Int @override(from: \"c\") }",
            "type Query { a: Bill @shareable }\ntype Bill { amount: Int }");

        Assert.Equal(2, result.Errors.Count(e => e.Code == CompositionErrorCodes.OverrideSourceHasOverride));
    }

    [Fact]
    public void Every_conflict_is_reported_not_only_the_first()
    {
        var result = Compose(
            "type Query { user: User @shareable }\ntype User @shareable { name: String age: Int }\nenum Role { A }",
            "type Query { user: User @shareable }\ntype User @shareable { name: Int age: String }\ninput Role { a: Int }");

        Assert.Equal(
            [CompositionErrorCodes.OutputFieldTypesNotMergeable, CompositionErrorCodes.OutputFieldTypesNotMergeable, CompositionErrorCodes.TypeKindMismatch],
            result.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
    }
}
