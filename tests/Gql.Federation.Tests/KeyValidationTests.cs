using Gql.Federation.Tests.Invalid;
using Gql.Types;

namespace Gql.Federation.Tests;

/// <summary>[Key] selections are checked when the schema is built (Composite Schemas validation rules).</summary>
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
}
