using Gql.Language.Syntax;

namespace Gql.Language.Tests;

public class RewriterTests
{
    [Fact]
    public void Returns_the_same_tree_when_nothing_changes()
    {
        var document = Parser.Parse(KitchenSink.Query);
        Assert.Same(document, new IdentityRewriter().RewriteTree(document));
        var schema = Parser.Parse(KitchenSink.Schema);
        Assert.Same(schema, new IdentityRewriter().RewriteTree(schema));
    }

    [Fact]
    public void Replaces_variables_and_keeps_unchanged_subtrees()
    {
        var document = Parser.Parse("query Q($id: ID) { product(id: $id) { name } other { x } } fragment F on T { y }");
        var rewritten = new InlineVariables().RewriteTree(document);

        Assert.NotSame(document, rewritten);
        Assert.Equal("query Q($id: ID) {\n  product(id: 42) {\n    name\n  }\n  other {\n    x\n  }\n}\n\nfragment F on T {\n  y\n}", SyntaxPrinter.Print(rewritten));
        var before = (OperationDefinitionNode)document.Definitions[0];
        var after = (OperationDefinitionNode)rewritten.Definitions[0];
        Assert.Same(before.VariableDefinitions, after.VariableDefinitions);
        Assert.Same(before.SelectionSet.Selections[1], after.SelectionSet.Selections[1]);
        Assert.Same(((FieldNode)before.SelectionSet.Selections[0]).SelectionSet, ((FieldNode)after.SelectionSet.Selections[0]).SelectionSet);
        Assert.Same(document.Definitions[1], rewritten.Definitions[1]);
        Assert.Equal("$id", SyntaxPrinter.Print(((FieldNode)before.SelectionSet.Selections[0]).Arguments[0].Value));
    }

    [Fact]
    public void Removes_nodes_from_lists_and_optional_slots()
    {
        var document = Parser.Parse("{ secret alias: visible secret2: secret other(a: 1, secretArg: 2) }");
        var rewritten = new RemoveSecrets().RewriteTree(document);
        Assert.Equal("{\n  visible\n  other(a: 1)\n}", SyntaxPrinter.Print(rewritten));
    }

    [Fact]
    public void Rewrites_type_system_definitions()
    {
        var document = Parser.Parse("type Product implements Node { id: ID! related: [Product] } union U = Product");
        var rewritten = new PrefixTypeNames("Shop_").RewriteTree(document);
        Assert.Equal("type Shop_Product implements Shop_Node {\n  id: Shop_ID!\n  related: [Shop_Product]\n}\n\nunion Shop_U = Shop_Product", SyntaxPrinter.Print(rewritten));
    }

    [Fact]
    public void Rejects_removing_a_required_child()
    {
        var document = Parser.Parse("{ a }");
        var error = Assert.Throws<InvalidOperationException>(() => new RemoveNames().RewriteTree(document));
        Assert.Contains("required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_replacing_a_node_with_one_of_the_wrong_type()
    {
        var document = Parser.Parse("{ a ...F }");
        var error = Assert.Throws<InvalidOperationException>(() => new SpreadToValue().RewriteTree(document));
        Assert.Equal("A FragmentSpread node cannot be replaced by a NullValue node here; expected SelectionNode.", error.Message);
    }

    private sealed class IdentityRewriter : SyntaxRewriter;

    private sealed class InlineVariables : SyntaxRewriter
    {
        protected override ValueNode? RewriteVariable(VariableNode node) => new IntValueNode(null, "42");
    }

    private sealed class RemoveSecrets : SyntaxRewriter
    {
        protected override SelectionNode? RewriteField(FieldNode node)
        {
            if (node.Name.Value.StartsWith("secret", StringComparison.Ordinal))
            {
                return null;
            }

            return base.RewriteField(node);
        }

        protected override ArgumentNode? RewriteArgument(ArgumentNode node)
            => node.Name.Value.StartsWith("secret", StringComparison.Ordinal) ? null : node;

        protected override NameNode? RewriteName(NameNode node)
            => node.Value == "alias" ? null : node;
    }

    private sealed class PrefixTypeNames(string prefix) : SyntaxRewriter
    {
        protected override TypeNode? RewriteNamedType(NamedTypeNode node)
            => node with { Name = node.Name with { Value = prefix + node.Name.Value } };

        protected override DefinitionNode? RewriteObjectTypeDefinition(ObjectTypeDefinitionNode node)
        {
            var rewritten = (ObjectTypeDefinitionNode)base.RewriteObjectTypeDefinition(node)!;
            return rewritten with { Name = rewritten.Name with { Value = prefix + rewritten.Name.Value } };
        }

        protected override DefinitionNode? RewriteUnionTypeDefinition(UnionTypeDefinitionNode node)
        {
            var rewritten = (UnionTypeDefinitionNode)base.RewriteUnionTypeDefinition(node)!;
            return rewritten with { Name = rewritten.Name with { Value = prefix + rewritten.Name.Value } };
        }
    }

    private sealed class SpreadToValue : SyntaxRewriter
    {
        public override SyntaxNode? Rewrite(SyntaxNode node)
            => node is FragmentSpreadNode ? new NullValueNode(null) : base.Rewrite(node);
    }

    private sealed class RemoveNames : SyntaxRewriter
    {
        protected override NameNode? RewriteName(NameNode node) => null;
    }
}
