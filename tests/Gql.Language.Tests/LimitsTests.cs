using System.Text;
using Gql.Language.Syntax;

namespace Gql.Language.Tests;

public class LimitsTests
{
    [Fact]
    public void Limits_the_number_of_tokens()
    {
        Parser.Parse("{ foo }", new ParserOptions { MaxTokens = 3 });
        var error = SyntaxAssert.Fails(() => Parser.Parse("{ foo }", new ParserOptions { MaxTokens = 2 }), "Document contains more than 2 tokens. Parsing aborted.", 1, 7);
        Assert.Equal(ErrorCodes.MaxTokensExceeded, error.Code);
        Assert.Equal(ErrorCodes.MaxTokensExceeded, error.Errors[0].Code);

        Parser.Parse("{ foo(bar: \"baz\") }", new ParserOptions { MaxTokens = 8 });
        SyntaxAssert.Fails(() => Parser.Parse("{ foo(bar: \"baz\") }", new ParserOptions { MaxTokens = 7 }), "Document contains more than 7 tokens. Parsing aborted.", 1, 19);
    }

    [Fact]
    public void Defaults_to_15000_tokens()
    {
        Assert.Equal(15_000, ParserOptions.Default.MaxTokens);
        var source = "{ " + string.Join(" ", Enumerable.Repeat("a", 14_998)) + " }";
        Assert.Equal(2, ((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).SelectionSet.Selections.Count / 7_499);
        var tooMany = "{ " + string.Join(" ", Enumerable.Repeat("a", 14_999)) + " }";
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(tooMany));
        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
        Assert.Equal(ErrorCodes.MaxTokensExceeded, error.Code);
    }

    [Fact]
    public void Comments_and_commas_do_not_count_as_tokens()
    {
        Parser.Parse("# comment\n{ foo,,,, # another\n }", new ParserOptions { MaxTokens = 3 });
    }

    [Fact]
    public void Limits_the_nesting_of_selection_sets()
    {
        Assert.Equal(200, ParserOptions.Default.MaxDepth);
        Parser.Parse(NestedSelections(200));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(NestedSelections(201)));
        Assert.Equal("Syntax Error: Document nesting is deeper than 200 levels. Parsing aborted.", error.Message);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, error.Code);
        Assert.Equal(new ErrorLocation(1, 1 + (200 * 4)), error.Location);
    }

    [Fact]
    public void Limits_the_nesting_of_values_and_types()
    {
        var options = new ParserOptions { MaxDepth = 10 };
        Parser.ParseValue(new string('[', 10) + new string(']', 10), options);
        var list = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(new string('[', 11) + new string(']', 11), options));
        Assert.Equal(ErrorCodes.MaxDepthExceeded, list.Code);
        Assert.Equal(new ErrorLocation(1, 11), list.Location);

        var objects = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(string.Concat(Enumerable.Repeat("{a:", 11)) + "1" + new string('}', 11), options));
        Assert.Equal(ErrorCodes.MaxDepthExceeded, objects.Code);

        Parser.ParseType(new string('[', 10) + "Int" + new string(']', 10), options);
        var type = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(new string('[', 11) + "Int" + new string(']', 11), options));
        Assert.Equal(ErrorCodes.MaxDepthExceeded, type.Code);
    }

    [Fact]
    public void Counts_values_inside_selections_towards_the_same_depth()
    {
        var options = new ParserOptions { MaxDepth = 4 };
        Parser.Parse("{ a { b(c: [[1]]) } }", options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a { b(c: [[[1]]]) } }", options));
        Assert.Equal(ErrorCodes.MaxDepthExceeded, error.Code);
    }

    [Fact]
    public void Never_overflows_the_stack_even_without_a_depth_limit()
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue };
        var depth = 2_000_000;
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(new string('[', depth) + new string(']', depth), options));
        Assert.Equal(ErrorCodes.MaxDepthExceeded, error.Code);
        var selections = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(new StringBuilder().Insert(0, "{a", depth).ToString(), options));
        Assert.Equal(ErrorCodes.MaxDepthExceeded, selections.Code);
    }

    [Fact]
    public void Printing_visiting_and_rewriting_very_deep_trees_fail_cleanly()
    {
        ValueNode value = new IntValueNode(null, "1");
        for (var i = 0; i < 1_000_000; i++)
        {
            value = new ListValueNode(null, [value]);
        }

        Assert.Throws<InsufficientExecutionStackException>(() => SyntaxPrinter.Print(value));
        Assert.Throws<InsufficientExecutionStackException>(() => new CountingVisitor().Visit(value));
        Assert.Throws<InsufficientExecutionStackException>(() => new IdentityRewriter().RewriteTree(value));
    }

    [Fact]
    public void Deep_unterminated_nesting_is_a_depth_or_syntax_error()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(b: " + new string('[', 100_000)));
        Assert.Equal(ErrorCodes.MaxDepthExceeded, error.Code);
        SyntaxAssert.ParseFails("{ a(b: [[[", "Unexpected <EOF>.", 1, 11);
    }

    private sealed class CountingVisitor : SyntaxVisitor;

    private sealed class IdentityRewriter : SyntaxRewriter;

    private static string NestedSelections(int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append(i == 0 ? "{ " : "a { ");
        }

        builder.Append('b');
        builder.Append(' ', 1).Append(string.Join(" ", Enumerable.Repeat("}", depth)));
        return builder.ToString();
    }
}
