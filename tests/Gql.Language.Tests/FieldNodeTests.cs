using Gql.Language.Syntax;

namespace Gql.Language.Tests;

public class FieldNodeTests
{
    [Fact]
    public void A_plain_field_has_no_alias_and_empty_arguments_and_directives()
    {
        var field = ParserTests.FirstField(Parser.Parse("{ name }"));

        Assert.Null(field.Alias);
        Assert.Empty(field.Arguments);
        Assert.Empty(field.Directives);
        Assert.Equal("name", field.ResponseName);
    }

    [Fact]
    public void Setting_one_of_alias_arguments_and_directives_keeps_the_other_two()
    {
        var field = ParserTests.FirstField(Parser.Parse("{ a: product(id: 1) @include(if: true) }"));
        var alias = new NameNode(null, "b");
        IReadOnlyList<ArgumentNode> arguments = [new ArgumentNode(null, new NameNode(null, "id"), new IntValueNode(null, "2"))];

        var realiased = field with { Alias = alias };
        var reargued = field with { Arguments = arguments };
        var undirected = field with { Directives = [] };
        var plain = field with { Alias = null, Arguments = [], Directives = [] };

        Assert.Equal("b: product(id: 1) @include(if: true)", SyntaxPrinter.Print(realiased));
        Assert.Same(field.Arguments, realiased.Arguments);
        Assert.Equal("a: product(id: 2) @include(if: true)", SyntaxPrinter.Print(reargued));
        Assert.Same(arguments, reargued.Arguments);
        Assert.Equal("a: product(id: 1)", SyntaxPrinter.Print(undirected));
        Assert.Equal("product", SyntaxPrinter.Print(plain));
        Assert.Equal("a: product(id: 1) @include(if: true)", SyntaxPrinter.Print(field));
    }

    [Fact]
    public void Fields_are_equal_when_their_alias_arguments_and_directives_are()
    {
        var name = new NameNode(null, "product");
        IReadOnlyList<ArgumentNode> arguments = [new ArgumentNode(null, new NameNode(null, "id"), new IntValueNode(null, "1"))];
        var plain = new FieldNode(null, null, name, [], [], null);
        var withArguments = new FieldNode(null, null, name, arguments, [], null);

        Assert.Equal(plain, new FieldNode(null, null, name, [], [], null));
        Assert.Equal(withArguments, new FieldNode(null, null, name, arguments, [], null));
        Assert.NotEqual(plain, withArguments);
        Assert.NotEqual(plain, plain with { Alias = new NameNode(null, "p") });
        Assert.Equal(plain with { Alias = new NameNode(null, "p") }, plain with { Alias = new NameNode(null, "p") });
        Assert.Equal(plain, withArguments with { Arguments = [] });
        Assert.Equal(plain.GetHashCode(), (withArguments with { Arguments = [] }).GetHashCode());
    }

    [Fact]
    public void Lists_given_to_a_field_keep_their_identity()
    {
        var arguments = new List<ArgumentNode>();
        var directives = new List<DirectiveNode>();

        var field = new FieldNode(null, null, new NameNode(null, "x"), arguments, directives, null);

        Assert.Same(arguments, field.Arguments);
        Assert.Same(directives, field.Directives);
    }
}
