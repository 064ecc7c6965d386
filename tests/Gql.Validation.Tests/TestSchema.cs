using Gql.Types;

namespace Gql.Validation.Tests;

/// <summary>
/// The schema the rule tests validate against (Differential/harness.graphql): pets, humans and aliens
/// behind interfaces and unions, and a <c>ComplicatedArgs</c> type with an argument of every input shape
/// (modelled on graphql-js's validation harness).
/// </summary>
public static class TestSchema
{
    private static readonly Lazy<string> LazySdl = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Differential", "harness.graphql")));

    private static readonly Lazy<Schema> LazySchema = new(() => Build(Sdl));

    public static string Sdl => LazySdl.Value;

    public static Schema Schema => LazySchema.Value;

    public static Schema Build(string sdl) => SchemaBuilder.New().AddDocumentFromString(sdl).Build();
}
