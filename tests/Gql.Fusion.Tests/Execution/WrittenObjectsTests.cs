using System.Text.Json;
using Gql.Fusion.Execution;
using Gql.Fusion.Execution.Direct;
using Gql.Fusion.Execution.InPlace;

namespace Gql.Fusion.Tests.Execution;

/// <summary>
/// The in-place writer's reuse of an object written before in the same response: only for the
/// same selection set and sources with the same JSON, and only when the entity fetches'
/// occurrences due below it are the same groups of the same entities the earlier object read.
/// </summary>
public sealed class WrittenObjectsTests : IDisposable
{
    // Two objects with the same JSON ("first", "second") and a third that differs.
    private const string Answer = """{"first":{"upc":"1"},"second":{"upc":"1"},"third":{"upc":"2"}}""";

    private static readonly ShapeSelectionSet Selection = new("Product");

    private readonly JsonDocument _document = JsonDocument.Parse(Answer);
    private readonly WrittenObjects _written = WrittenObjects.Rent();
    private SourceStack _sources = null!;

    public void Dispose()
    {
        _sources.Return();
        _written.Return();
        _document.Dispose();
    }

    // The second object's entity is of the first one's group (its answer is the same): reused,
    // and the fetch's cursor moves past it; of another group: written anew, the cursor stays.
    [Theory]
    [InlineData(0, true, 2)]
    [InlineData(1, false, 1)]
    public void An_object_with_the_same_sources_is_reused_only_when_the_entities_below_are_of_the_same_groups(int secondGroup, bool reused, int cursorAfter)
    {
        var outcomes = OutcomesReading(firstGroup: 0, secondGroup);
        WriteFirst();

        var second = Push("second");
        var found = _written.TryReuse(WrittenObjects.HashOf(Selection, _sources, second, 1), Selection, _sources, second, 1, outcomes, out var begin, out var length);

        Assert.Equal(reused, found);
        Assert.Equal(reused ? (10L, 14) : (0L, 0), (begin, length));
        Assert.Equal(cursorAfter, _sources.Cursors[0]);
        Assert.Equal(reused ? 1 : 0, _written.Reused);
    }

    [Fact]
    public void An_object_with_other_sources_or_another_selection_set_is_not_reused()
    {
        var outcomes = OutcomesReading(firstGroup: 0, secondGroup: 0);
        WriteFirst();

        var third = Push("third");
        var otherSources = _written.TryReuse(WrittenObjects.HashOf(Selection, _sources, third, 1), Selection, _sources, third, 1, outcomes, out _, out _);
        _sources.PopTo(third);
        var second = Push("second");
        var other = new ShapeSelectionSet("Product");
        var otherSelection = _written.TryReuse(WrittenObjects.HashOf(other, _sources, second, 1), other, _sources, second, 1, outcomes, out _, out _);

        Assert.False(otherSources);
        Assert.False(otherSelection);
        Assert.Equal(1, _sources.Cursors[0]);
    }

    // One entity fetch (id 0) that met the "first" and then the "second" object.
    private FetchOutcome?[] OutcomesReading(int firstGroup, int secondGroup)
    {
        var outcome = new FetchOutcome(new SubgraphResponse(null, null), EntityRequestKind.AliasBatch)
        {
            Occurrences =
            [
                new EntityOccurrence(_document.RootElement.GetProperty("first"), firstGroup),
                new EntityOccurrence(_document.RootElement.GetProperty("second"), secondGroup),
            ],
        };
        _sources = SourceStack.Rent(1);
        return [outcome];
    }

    private int Push(string property)
    {
        var at = _sources.Count;
        _sources.Push(_document.RootElement.GetProperty(property));
        return at;
    }

    // Records the "first" object as the writer does at [10, 24) of the output; writing it read the fetch's first occurrence.
    private void WriteFirst()
    {
        var at = Push("first");
        var hash = WrittenObjects.HashOf(Selection, _sources, at, 1);
        var kept = _written.KeepCursors(_sources);
        _sources.Cursors[0]++;
        _written.Add(hash, Selection, _sources, at, 1, kept, begin: 10, length: 14);
        _sources.PopTo(at);
    }
}
