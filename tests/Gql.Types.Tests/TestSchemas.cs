namespace Gql.Types.Tests;

/// <summary>Helpers to build schemas and read test data files.</summary>
internal static class TestSchemas
{
    public static Schema Build(string sdl) => SchemaBuilder.New().AddDocumentFromString(sdl).Build();

    public static string ReadTestData(string fileName)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", fileName)).ReplaceLineEndings("\n");

    /// <summary>The messages of the errors <see cref="SchemaBuilder.Build"/> throws for <paramref name="sdl"/>.</summary>
    public static IReadOnlyList<string> BuildErrors(string sdl)
    {
        var exception = Assert.Throws<SchemaException>(() => Build(sdl));
        return exception.Errors.Select(e => e.Message).ToList();
    }
}
