using System.Text.Json;

namespace Gql.Types.Tests.Validation;

/// <summary>Every SDL document rule and schema validation rule, compared with what graphql-js reports.</summary>
public class SchemaErrorsTests
{
    private static readonly Dictionary<string, ErrorCase> Cases = LoadCases();

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Cases.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Build_ReportsTheSameErrorsAsGraphqlJs(string caseName)
    {
        var errorCase = Cases[caseName];
        var expected = errorCase.Errors.Select(e => Describe(e.Message, e.Locations)).Order(StringComparer.Ordinal).ToList();

        var actual = Errors(errorCase.Sdl);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Build_OneOfAddedByAnExtension_AppliesTheOneOfRules()
    {
        // Deliberately unlike graphql-js 16, which reads @oneOf and @specifiedBy from the definition only:
        // directives of a type extension apply to the type (spec 3.10.2).
        var errors = TestSchemas.BuildErrors("type Query { a(i: I): Int } input I { a: Int! } extend input I @oneOf");

        Assert.Equal(["OneOf input field I.a must be nullable."], errors);
    }

    [Fact]
    public void Build_InvalidSchema_ThrowsSchemaExceptionWithSchemaInvalidCode()
    {
        var exception = Assert.Throws<SchemaException>(() => TestSchemas.Build("type Query { a: Int } type Foo"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("SCHEMA_INVALID", error.Code);
        Assert.Contains("Type Foo must define one or more fields.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SeveralProblems_ReportsEveryError()
    {
        var errors = TestSchemas.BuildErrors("type Query { a: Int } type Foo enum E union U = Query | Query");

        Assert.Equal(3, errors.Count);
    }

    private static List<string> Errors(string sdl)
    {
        try
        {
            TestSchemas.Build(sdl);
            return [];
        }
        catch (SchemaException exception)
        {
            return exception.Errors
                .Select(e => Describe(e.Message, e.Locations?.Select(l => $"{l.Line}:{l.Column}").ToList() ?? []))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
    }

    private static string Describe(string message, IReadOnlyList<string> locations) => $"{message} @ [{string.Join(", ", locations)}]";

    private static Dictionary<string, ErrorCase> LoadCases()
    {
        var json = TestSchemas.ReadTestData("SchemaErrors.json");
        var cases = JsonSerializer.Deserialize<List<ErrorCase>>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        return cases.ToDictionary(c => c.Name);
    }

    private sealed record ErrorCase(string Name, string Sdl, List<ExpectedError> Errors);

    private sealed record ExpectedError(string Message, List<string> Locations);
}
