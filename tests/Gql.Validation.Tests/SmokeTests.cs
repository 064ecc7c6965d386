using static Gql.Validation.Tests.ValidationHarness;

namespace Gql.Validation.Tests;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Valid_document_has_no_errors()
    {
        var errors = Validate(null, "{ dog { name barkVolume ... on Pet { name } } human(id: \"1\") { pets { name } } }");

        Assert.Empty(errors);
    }

    [Fact]
    public void Unknown_field_reports_graphql_js_message()
    {
        ExpectErrors(null, "{ dog { nam } }", Error("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 9)));
    }
}
