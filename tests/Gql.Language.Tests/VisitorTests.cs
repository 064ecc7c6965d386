using Gql.Language.Syntax;

namespace Gql.Language.Tests;

public class VisitorTests
{
    [Fact]
    public void Visits_nodes_in_graphql_js_order_entering_and_leaving()
    {
        var visitor = new RecordingVisitor();
        visitor.Visit(Parser.Parse("{ a, b { x }, c }"));
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet",
                "enter Field", "enter Name a", "leave Name a", "leave Field",
                "enter Field", "enter Name b", "leave Name b", "enter SelectionSet",
                "enter Field", "enter Name x", "leave Name x", "leave Field",
                "leave SelectionSet", "leave Field",
                "enter Field", "enter Name c", "leave Name c", "leave Field",
                "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            visitor.Events);
    }

    [Fact]
    public void Visits_children_in_key_order()
    {
        var visitor = new RecordingVisitor { OnlyNames = true };
        visitor.Visit(Parser.Parse("query Q($v: T = 1 @vd) @op { al: f(arg: $w) @fd { ... on I @id { g } ...S @sd } } fragment S on U @frag { h }"));
        Assert.Equal(
            ["Q", "v", "T", "vd", "op", "al", "f", "arg", "w", "fd", "I", "id", "g", "S", "sd", "S", "U", "frag", "h"],
            visitor.Names);
    }

    [Fact]
    public void Allows_skipping_a_subtree()
    {
        var visitor = new RecordingVisitor { SkipOnEnter = "b" };
        visitor.Visit(Parser.Parse("{ a, b { x }, c }"));
        Assert.Contains("enter Field", visitor.Events);
        Assert.DoesNotContain("enter Name x", visitor.Events);
        Assert.Contains("enter Name c", visitor.Events);
        Assert.Equal(3, visitor.Events.Count(e => e == "enter Field"));
        Assert.Equal(2, visitor.Events.Count(e => e == "leave Field"));
    }

    [Fact]
    public void Allows_early_exit_while_entering()
    {
        var visitor = new RecordingVisitor { BreakOnEnter = "x" };
        visitor.Visit(Parser.Parse("{ a, b { x }, c }"));
        Assert.Equal("enter Name x", visitor.Events[^1]);
        Assert.DoesNotContain("enter Name c", visitor.Events);
    }

    [Fact]
    public void Allows_early_exit_while_leaving()
    {
        var visitor = new RecordingVisitor { BreakOnLeave = "x" };
        visitor.Visit(Parser.Parse("{ a, b { x }, c }"));
        Assert.Equal("leave Name x", visitor.Events[^1]);
    }

    [Fact]
    public void Can_be_reused_after_an_early_exit()
    {
        var visitor = new RecordingVisitor { BreakOnEnter = "a" };
        var document = Parser.Parse("{ a }");
        visitor.Visit(document);
        var first = visitor.Events.Count;
        visitor.Visit(document);
        Assert.Equal(first * 2, visitor.Events.Count);
    }

    [Fact]
    public void Exposes_ancestors_and_parent()
    {
        var visitor = new AncestorVisitor();
        visitor.Visit(Parser.Parse("{ a, b { x } }"));
        Assert.Equal(
            [SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field, SyntaxKind.SelectionSet],
            visitor.AncestorsOfX);
        Assert.Equal(SyntaxKind.SelectionSet, visitor.ParentOfX);
    }

    [Fact]
    public void Visits_every_kind_in_the_kitchen_sinks()
    {
        var visitor = new KindCounter();
        visitor.Visit(Parser.Parse(KitchenSink.Query));
        visitor.Visit(Parser.Parse(KitchenSink.Schema));
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            Assert.True(visitor.Entered.Contains(kind), $"{kind} was not visited");
        }

        Assert.Equal(visitor.EnterCount, visitor.LeaveCount);
    }

    [Fact]
    public void Calls_typed_enter_and_leave_methods()
    {
        var visitor = new FieldCollector();
        visitor.Visit(Parser.Parse("{ a { b } ... on T { c } } fragment F on T { d }"));
        Assert.Equal(["a", "b", "c", "d"], visitor.Entered);
        Assert.Equal(["b", "a", "c", "d"], visitor.Left);
    }

    [Fact]
    public void Parallel_visitors_skip_and_break_independently()
    {
        var skipping = new RecordingVisitor { SkipOnEnter = "b" };
        var breaking = new RecordingVisitor { BreakOnEnter = "a" };
        var full = new RecordingVisitor();
        var parallel = new ParallelSyntaxVisitor([skipping, breaking, full]);
        parallel.Visit(Parser.Parse("{ a, b { x }, c }"));

        var alone = new RecordingVisitor();
        alone.Visit(Parser.Parse("{ a, b { x }, c }"));
        Assert.Equal(alone.Events, full.Events);
        Assert.DoesNotContain("enter Name x", skipping.Events);
        Assert.Contains("leave Document", skipping.Events);
        Assert.Equal("enter Name a", breaking.Events[^1]);
    }

    [Fact]
    public void Parallel_visitors_see_the_shared_ancestors()
    {
        var ancestors = new AncestorVisitor();
        new ParallelSyntaxVisitor([new RecordingVisitor(), ancestors]).Visit(Parser.Parse("{ a, b { x } }"));
        Assert.Equal(5, ancestors.AncestorsOfX.Count);
        Assert.Equal(SyntaxKind.SelectionSet, ancestors.ParentOfX);
    }

    [Fact]
    public void Parallel_visitor_stops_when_every_visitor_broke()
    {
        var first = new RecordingVisitor { BreakOnEnter = "a" };
        var second = new RecordingVisitor { BreakOnLeave = "a" };
        var counter = new KindCounter();
        var parallel = new ParallelSyntaxVisitor([first, second]);
        parallel.Visit(Parser.Parse("{ a b c }"));
        Assert.DoesNotContain("enter Name b", second.Events);
        Assert.Equal("leave Name a", second.Events[^1]);
        Assert.Equal(0, counter.EnterCount);
    }

    private sealed class RecordingVisitor : SyntaxVisitor
    {
        public List<string> Events { get; } = [];

        public List<string> Names { get; } = [];

        public bool OnlyNames { get; init; }

        public string? SkipOnEnter { get; init; }

        public string? BreakOnEnter { get; init; }

        public string? BreakOnLeave { get; init; }

        protected override VisitorAction Enter(SyntaxNode node)
        {
            if (node is NameNode name)
            {
                Names.Add(name.Value);
            }

            if (!OnlyNames)
            {
                Events.Add("enter " + Describe(node));
            }

            if (node is FieldNode field && field.Name.Value == SkipOnEnter)
            {
                return VisitorAction.Skip;
            }

            return node is NameNode n && n.Value == BreakOnEnter ? VisitorAction.Break : VisitorAction.Continue;
        }

        protected override VisitorAction Leave(SyntaxNode node)
        {
            if (!OnlyNames)
            {
                Events.Add("leave " + Describe(node));
            }

            return node is NameNode n && n.Value == BreakOnLeave ? VisitorAction.Break : VisitorAction.Continue;
        }

        private static string Describe(SyntaxNode node) => node is NameNode name ? "Name " + name.Value : node.Kind.ToString();
    }

    private sealed class AncestorVisitor : SyntaxVisitor
    {
        public List<SyntaxKind> AncestorsOfX { get; } = [];

        public SyntaxKind? ParentOfX { get; private set; }

        protected override VisitorAction EnterField(FieldNode node)
        {
            if (node.Name.Value == "x")
            {
                AncestorsOfX.AddRange(Ancestors.Select(a => a.Kind));
                ParentOfX = Parent?.Kind;
            }

            return VisitorAction.Continue;
        }
    }

    private sealed class KindCounter : SyntaxVisitor
    {
        public HashSet<SyntaxKind> Entered { get; } = [];

        public int EnterCount { get; private set; }

        public int LeaveCount { get; private set; }

        protected override VisitorAction Enter(SyntaxNode node)
        {
            Entered.Add(node.Kind);
            EnterCount++;
            return VisitorAction.Continue;
        }

        protected override VisitorAction Leave(SyntaxNode node)
        {
            LeaveCount++;
            return VisitorAction.Continue;
        }
    }

    private sealed class FieldCollector : SyntaxVisitor
    {
        public List<string> Entered { get; } = [];

        public List<string> Left { get; } = [];

        protected override VisitorAction EnterField(FieldNode node)
        {
            Entered.Add(node.Name.Value);
            return VisitorAction.Continue;
        }

        protected override VisitorAction LeaveField(FieldNode node)
        {
            Left.Add(node.Name.Value);
            return VisitorAction.Continue;
        }
    }
}
