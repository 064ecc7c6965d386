using Gql.Language.Syntax;

namespace Gql.Language.Tests;

public class RoundTripTests
{
    [Theory]
    [InlineData(KitchenSink.Query)]
    [InlineData(KitchenSink.Schema)]
    public void Parse_print_parse_gives_the_same_tree(string source)
    {
        var first = Parser.Parse(source);
        var printed = SyntaxPrinter.Print(first);
        var second = Parser.Parse(printed);
        Assert.Equal(printed, SyntaxPrinter.Print(second));
        Assert.Equal(Shape(first), Shape(second));
        Assert.Equal(SyntaxPrinter.PrintCompact(first), SyntaxPrinter.PrintCompact(second));
    }

    [Theory]
    [InlineData(KitchenSink.Query)]
    [InlineData(KitchenSink.Schema)]
    public void Parsing_bytes_and_strings_gives_the_same_tree(string source)
    {
        var fromString = Parser.Parse(source);
        var fromBytes = Parser.Parse(System.Text.Encoding.UTF8.GetBytes(source));
        Assert.Equal(Shape(fromString), Shape(fromBytes));
        Assert.Equal(Locations(fromString), Locations(fromBytes));
    }

    [Fact]
    public void Parsing_without_locations_gives_the_same_shape()
    {
        var withLocations = Parser.Parse(KitchenSink.Query);
        var withoutLocations = Parser.Parse(KitchenSink.Query, new ParserOptions { NoLocations = true });
        Assert.Equal(Shape(withLocations), Shape(withoutLocations));
        Assert.Equal(SyntaxPrinter.Print(withLocations), SyntaxPrinter.Print(withoutLocations));
    }

    [Fact]
    public void Node_locations_point_at_the_text_of_the_node()
    {
        var document = Parser.Parse(KitchenSink.Query);
        var checker = new LocationChecker(KitchenSink.Query);
        checker.Visit(document);
        Assert.True(checker.Checked > 100);
    }

    private static List<string> Shape(SyntaxNode root)
    {
        var shape = new ShapeRecorder();
        shape.Visit(root);
        return shape.Items;
    }

    private static List<Location?> Locations(SyntaxNode root)
    {
        var recorder = new LocationRecorder();
        recorder.Visit(root);
        return recorder.Items;
    }

    private sealed class ShapeRecorder : SyntaxVisitor
    {
        public List<string> Items { get; } = [];

        protected override VisitorAction Enter(SyntaxNode node)
        {
            Items.Add(node switch
            {
                NameNode name => "Name:" + name.Value,
                StringValueNode s => "String:" + s.Value + ":" + s.Block,
                IntValueNode i => "Int:" + i.Value,
                FloatValueNode f => "Float:" + f.Value,
                EnumValueNode e => "Enum:" + e.Value,
                BooleanValueNode b => "Boolean:" + b.Value,
                OperationDefinitionNode o => "Operation:" + o.Operation,
                DirectiveDefinitionNode d => "Directive:" + d.IsRepeatable,
                _ => node.Kind.ToString(),
            });
            return VisitorAction.Continue;
        }
    }

    private sealed class LocationRecorder : SyntaxVisitor
    {
        public List<Location?> Items { get; } = [];

        protected override VisitorAction Enter(SyntaxNode node)
        {
            Items.Add(node.Location);
            return VisitorAction.Continue;
        }
    }

    // The kitchen sink is ASCII, so byte offsets are character offsets.
    private sealed class LocationChecker(string source) : SyntaxVisitor
    {
        private readonly string[] _lines = source.Split('\n');

        public int Checked { get; private set; }

        protected override VisitorAction Enter(SyntaxNode node)
        {
            var location = node.Location!.Value;
            if (node is NameNode name)
            {
                Assert.Equal(name.Value, source[location.Start..location.End]);
            }

            if (node is not DocumentNode)
            {
                Assert.Equal(source[location.Start], _lines[location.Line - 1][location.Column - 1]);
            }

            Checked++;
            return VisitorAction.Continue;
        }
    }
}
