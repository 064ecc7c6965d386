using Gql.Language;
using Gql.Types;

namespace Gql.CodeFirst.Tests;

public sealed class CodeFirstSchemaTests
{
    [Fact]
    public void Printed_schema_matches_the_snapshot()
    {
        var schema = LibrarySchema.Build();

        var sdl = SchemaPrinter.Print(schema);

        var snapshotPath = Path.Combine(AppContext.BaseDirectory, "Snapshots", "Library.graphql");
        var snapshot = File.ReadAllText(snapshotPath).ReplaceLineEndings("\n").TrimEnd();
        if (snapshot != sdl.TrimEnd())
        {
            // Left beside the snapshot in the output folder for review, like Verify's .received files.
            File.WriteAllText(Path.ChangeExtension(snapshotPath, ".received.graphql"), sdl);
        }

        Assert.Equal(snapshot, sdl.TrimEnd());
    }

    [Theory]
    [InlineData("ProductId", "productId")]
    [InlineData("ID", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("name", "name")]
    public void Member_names_become_camel_case(string name, string expected)
        => Assert.Equal(expected, Gql.Types.CodeFirst.NameConventions.ToCamelCase(name));

    [Theory]
    [InlineData("PaymentFailed", "PAYMENT_FAILED")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Paid", "PAID")]
    [InlineData("Level2Cache", "LEVEL2_CACHE")]
    public void Enum_members_become_upper_snake_case(string name, string expected)
        => Assert.Equal(expected, Gql.Types.CodeFirst.NameConventions.ToUpperSnakeCase(name));

    [Fact]
    public void A_field_type_that_cannot_be_an_output_type_is_a_clear_schema_error()
    {
        var error = Assert.ThrowsAny<GraphQLException>(() => SchemaBuilder.New().AddQueryType<BrokenQuery>().Build());

        Assert.Equal(ErrorCodes.SchemaInvalid, error.Errors[0].Code);
        Assert.Contains("System.Object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_members_with_one_graphql_name_are_a_clear_schema_error()
    {
        var error = Assert.ThrowsAny<GraphQLException>(() => SchemaBuilder.New().AddQueryType<DuplicateQuery>().Build());

        Assert.Contains("already has a field named \"value\"", error.Message, StringComparison.Ordinal);
    }

    public sealed class BrokenQuery
    {
        public object Anything => new();
    }

    public sealed class DuplicateQuery
    {
        public int Value => 1;

        public int GetValue() => 2;
    }
}
