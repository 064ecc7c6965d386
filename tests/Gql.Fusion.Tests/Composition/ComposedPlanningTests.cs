using Gql.Fusion.Composition;
using Gql.Fusion.Planning;
using Gql.Fusion.Tests.Planning;
using Gql.Fusion.Tests.Subgraphs;
using Gql.Language;
using Gql.Language.Syntax;
using static Gql.Fusion.Tests.Composition.Composer;

namespace Gql.Fusion.Tests.Composition;

/// <summary>The planner runs on the execution schema composition fills, as on the plain merge of <c>FusionSchemaBuilder</c>.</summary>
public sealed class ComposedPlanningTests
{
    private static readonly CompositionResult Composed = new SchemaComposer().Compose(
        SampleSubgraphs.Names.Select(name => new SourceSchemaText(name, SampleSubgraphs.SourceSchema(name))).ToArray());

    [Fact]
    public void The_sample_subgraphs_compose_to_the_public_schema_of_the_plain_merge()
    {
        AssertSucceeded(Composed);
        var merged = SampleSubgraphs.Compose();

        Assert.Equal(
            merged.PublicSchema.Definitions.OfType<TypeDefinitionNode>().Select(t => t.Name.Value).Order(StringComparer.Ordinal),
            Composed.PublicSchema!.Types.Values.Where(Gql.Types.SchemaPrinter.IsDefinedType).Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(QueryPlannerTests.Operations), MemberType = typeof(QueryPlannerTests))]
    public void Operations_plan_the_same_on_the_composed_schema(string name, string query)
    {
        var planner = new QueryPlanner(Composed.ToFusionSchema(SampleSubgraphs.Compose().Subgraphs));
        var expected = new QueryPlanner(SampleSubgraphs.Compose());

        var plainText = Plan(expected, query).ToText();
        var composedText = Plan(planner, query).ToText();

        Assert.True(plainText == composedText, $"The plan of \"{name}\" differs on the composed schema:\n{composedText}\nexpected:\n{plainText}");
    }

    private static QueryPlan Plan(QueryPlanner planner, string query)
    {
        var document = Parser.Parse(query);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        return planner.Plan(document.Definitions.OfType<OperationDefinitionNode>().First(), fragments);
    }
}
