using Gql.Fusion.Composition;
using static Gql.Fusion.Tests.Composition.Composer;

namespace Gql.Fusion.Tests.Composition;

public sealed class PostMergeRulesTests
{
    [Fact]
    public void Query_with_only_hidden_fields_is_NO_QUERIES()
    {
        var result = Compose("type Query { a: String @inaccessible }", "type Query { b: String @internal }");

        AssertErrors(result, CompositionErrorCodes.NoQueries);
    }

    [Fact]
    public void Object_whose_fields_are_all_hidden_somewhere_is_EMPTY_MERGED_OBJECT_TYPE()
    {
        var result = Compose(
            "type Query { author: Author @shareable }\ntype Author @shareable { name: String @inaccessible registered: Boolean }",
            "type Query { author: Author @shareable }\ntype Author @shareable { name: String registered: Boolean @inaccessible }");

        var error = SingleError(result, CompositionErrorCodes.EmptyMergedObjectType);
        Assert.Equal("Author", error.Coordinate);
    }

    [Fact]
    public void Input_types_without_common_fields_are_EMPTY_MERGED_INPUT_OBJECT_TYPE()
    {
        var result = Compose(
            "type Query { a(filter: BookFilter): String }\ninput BookFilter { paperback: Boolean }",
            "type Query { b(filter: BookFilter): String }\ninput BookFilter { name: String }");

        Assert.Contains(CompositionErrorCodes.EmptyMergedInputObjectType, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Enum_whose_values_are_all_inaccessible_is_ONLY_INACCESSIBLE_CHILDREN()
    {
        var result = Compose("type Query { status: DeliveryStatus }\nenum DeliveryStatus { PENDING @inaccessible SHIPPED @inaccessible }");

        Assert.Contains(CompositionErrorCodes.OnlyInaccessibleChildren, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Inaccessible_non_null_input_field_is_NON_NULL_INPUT_FIELD_IS_INACCESSIBLE()
    {
        var result = Compose(
            "type Query { a(filter: BookFilter): String }\ninput BookFilter { author: String! age: Int! }",
            "type Query { b(filter: BookFilter): String }\ninput BookFilter { author: String! age: Int @inaccessible }");

        var error = SingleError(result, CompositionErrorCodes.NonNullInputFieldIsInaccessible);
        Assert.Equal(("a", "BookFilter.age"), (error.SchemaName!, error.Coordinate!));
    }

    [Fact]
    public void Public_field_returning_a_hidden_type_is_REFERENCE_TO_INACCESSIBLE_TYPE()
    {
        var result = Compose("type Query { secret: Secret name: String }\ntype Secret @inaccessible { value: String }");

        var error = SingleError(result, CompositionErrorCodes.ReferenceToInaccessibleType);
        Assert.Equal("Query.secret", error.Coordinate);
    }

    [Fact]
    public void Input_field_of_a_hidden_type_is_INPUT_FIELD_REFERENCES_INACCESSIBLE_TYPE()
    {
        var result = Compose("type Query { a(input: Input1): String }\ninput Input1 { field1: String! field2: Input2 }\ninput Input2 @inaccessible { field3: String }");

        Assert.Contains(CompositionErrorCodes.InputFieldReferencesInaccessibleType, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Object_missing_a_field_of_its_merged_interface_is_INTERFACE_FIELD_NO_IMPLEMENTATION()
    {
        var result = Compose(
            "type Query { users: [User] @shareable }\ninterface User { id: ID! email: String }\ntype RegisteredUser implements User { id: ID! email: String }",
            "type Query { users: [User] @shareable }\ninterface User { id: ID! }\ntype GuestUser implements User { id: ID! }");

        var error = SingleError(result, CompositionErrorCodes.InterfaceFieldNoImplementation);
        Assert.Equal("GuestUser.email", error.Coordinate);
    }

    [Fact]
    public void Inaccessible_implementation_of_a_public_interface_field_is_IMPLEMENTED_BY_INACCESSIBLE()
    {
        var result = Compose("type Query { node: Node }\ninterface Node { id: ID! }\ntype User implements Node { id: ID! @inaccessible name: String }");

        Assert.Contains(CompositionErrorCodes.ImplementedByInaccessible, result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Field_two_schemas_resolve_without_shareable_is_INVALID_FIELD_SHARING_unless_turned_off()
    {
        string[] schemas =
        [
            "type Query { productById(id: ID!): Product @lookup }\ntype Product @key(fields: \"id\") { id: ID! name: String }",
            "type Query { productById(id: ID!): Product @lookup @internal }\ntype Product @key(fields: \"id\") { id: ID! name: String }",
        ];

        var strict = Compose(schemas);
        var lenient = Compose(new CompositionOptions { RequireShareableFields = false }, schemas);

        Assert.Equal(
            [("a", "Product.name"), ("b", "Product.name")],
            strict.Errors.Where(e => e.Code == CompositionErrorCodes.InvalidFieldSharing).Select(e => (e.SchemaName!, e.Coordinate!)));
        AssertSucceeded(lenient);
        Assert.Equal(["a", "b"], Resolvers(lenient, "Product", "name"));
    }

    [Fact]
    public void Default_value_using_an_inaccessible_enum_value_is_ENUM_TYPE_DEFAULT_VALUE_INACCESSIBLE()
    {
        var result = Compose("type Query { field(arg: Enum1 = FOO): [String!]! }\nenum Enum1 { FOO @inaccessible BAR }");

        var error = SingleError(result, CompositionErrorCodes.EnumTypeDefaultValueInaccessible);
        Assert.Equal("Query.field(arg:)", error.Coordinate);
    }

    [Fact]
    public void Inaccessible_built_in_scalar_is_DISALLOWED_INACCESSIBLE()
    {
        var result = Compose("scalar String @inaccessible\ntype Query { name: String }");

        AssertErrors(result, CompositionErrorCodes.DisallowedInaccessible);
    }
}
