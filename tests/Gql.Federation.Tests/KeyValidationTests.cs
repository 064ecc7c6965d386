using Gql.Federation.Tests.Invalid;
using Gql.Types;

namespace Gql.Federation.Tests;

/// <summary>[Key] selections and [Lookup] fields are checked when the schema is built (Composite Schemas validation rules).</summary>
public sealed class KeyValidationTests
{
    [Fact]
    public void A_key_that_selects_a_missing_field_fails_the_build()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<UnknownKeyFieldQuery>().Build());

        Assert.Equal(
            "The @key(fields: \"id sku\") of \"UnknownKeyField\" selects \"sku\", which is not a field of \"UnknownKeyField\" (Key Invalid Fields).",
            Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void A_key_that_is_not_a_selection_set_fails_the_build()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<BadKeySyntaxQuery>().Build());

        Assert.EndsWith("(Key Invalid Syntax).", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lookup_argument_that_names_no_field_of_the_entity_fails_the_build()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<MisnamedLookupQuery>().Build());

        Assert.Equal(
            "The argument \"number\" of the lookup Query.parcelByNumber maps to \"number\", but \"Parcel\" has no field \"number\" (Is Invalid Fields).",
            Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void A_lookup_that_returns_a_list_fails_the_build()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<ListLookupQuery>().Build());

        Assert.EndsWith("(Lookup Returns List).", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }
}
