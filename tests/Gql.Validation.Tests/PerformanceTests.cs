using System.Text;
using Gql.Language;

namespace Gql.Validation.Tests;

/// <summary>Large and adversarial documents must validate in polynomial time (no timing asserts: they must finish).</summary>
public sealed class PerformanceTests
{
    [Fact]
    public void Thousand_fields_validate()
    {
        var query = new StringBuilder("{ dog {");
        for (var i = 0; i < 1000; i++)
        {
            query.Append(" f").Append(i).Append(": name");
        }

        query.Append(" } }");

        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(query.ToString()));

        Assert.Empty(errors);
    }

    [Fact]
    public void Five_hundred_identical_fields_validate()
    {
        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(RepeatedFields(500)));

        Assert.Empty(errors);
    }

    [Fact]
    public void Thousand_identical_fields_exhaust_the_comparison_budget_like_graphql_js()
    {
        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(RepeatedFields(1000)));

        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
    }

    [Fact]
    public void Deep_fragment_chain_validates()
    {
        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(FragmentChain(300)));

        Assert.Empty(errors);
    }

    [Fact]
    public void Very_deep_fragment_chain_exhausts_the_comparison_budget_like_graphql_js()
    {
        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(FragmentChain(500)));

        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
    }

    private static string RepeatedFields(int count)
    {
        var query = new StringBuilder("{ dog {");
        for (var i = 0; i < count; i++)
        {
            query.Append(" name");
        }

        return query.Append(" } }").ToString();
    }

    private static string FragmentChain(int depth)
    {
        var query = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < depth; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Dog { name x: nickname");
            if (i + 1 < depth)
            {
                query.Append(" ...F").Append(i + 1);
            }

            query.Append(" }\n");
        }

        return query.ToString();
    }

    [Fact]
    public void Fragments_spreading_many_fragments_validate()
    {
        // Every fragment spreads all later ones: the pair cache keeps the comparisons quadratic.
        const int count = 60;
        var query = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < count; i++)
        {
            query.Append("fragment F").Append(i).Append(" on Dog { name mother { name }");
            for (var j = i + 1; j < count; j++)
            {
                query.Append(" ...F").Append(j);
            }

            query.Append(" }\n");
        }

        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(query.ToString()));

        Assert.Empty(errors);
    }

    [Fact]
    public void Deeply_nested_conflicting_fields_are_reported_once()
    {
        var query = new StringBuilder("{");
        for (var branch = 0; branch < 2; branch++)
        {
            query.Append(" dog");
            for (var i = 0; i < 50; i++)
            {
                query.Append(" { mother");
            }

            query.Append(branch == 0 ? " { x: name }" : " { x: barks }");
            for (var i = 0; i < 50; i++)
            {
                query.Append(" }");
            }
        }

        query.Append(" }");

        var errors = DocumentValidator.Validate(TestSchema.Schema, Parser.Parse(query.ToString(), new ParserOptions { MaxDepth = 1000 }));

        Assert.StartsWith("Fields \"dog\" conflict because subfields \"mother\" conflict because", Assert.Single(errors).Message);
    }
}
