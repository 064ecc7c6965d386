using ECommerce.Testing;
using Gql.Fusion.Composition;

namespace Gql.Fusion.Tests.Composition;

public sealed class GatewaySchemaFileTests
{
    [Fact]
    public async Task Gateway_schema_file_matches_a_fresh_composition_of_the_subgraph_schema_files()
    {
        var sources = FusionSourceSchemas.Load(Path.Combine(RepositoryRoot.Find(), "fusion.json"));

        var result = sources.Compose();

        Assert.True(result.IsSuccess, "The subgraph schemas do not compose:\n" + string.Join("\n", result.Errors));
        var committed = File.Exists(sources.PublicSchemaFile) ? (await File.ReadAllTextAsync(sources.PublicSchemaFile)).ReplaceLineEndings("\n") : "";
        if (committed != result.PublicSdl)
        {
            // For review, like Verify's .received files; the committed file is never overwritten by the test.
            var received = Path.Combine(AppContext.BaseDirectory, "gateway.received.graphql");
            await File.WriteAllTextAsync(received, result.PublicSdl);
            Assert.Fail($"{sources.PublicSchemaFile} differs from the composition of {string.Join(", ", result.SourceSchemaNames)}. Run `dotnet run --project gateway -- compose` (or cp {received} {sources.PublicSchemaFile}).");
        }
    }

    [Fact]
    public void Subgraphs_without_a_schema_file_are_left_out_and_listed()
    {
        var folder = Directory.CreateTempSubdirectory("fusion-json-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "a.graphql"), "type Query { a: String }");
            File.WriteAllText(Path.Combine(folder.FullName, "fusion.json"), """
                { "subgraphs": [ { "name": "a", "schemaFile": "a.graphql" }, { "name": "b", "schemaFile": "b.graphql" } ],
                  "composition": { "requireShareableFields": false } }
                """);

            var sources = FusionSourceSchemas.Load(Path.Combine(folder.FullName, "fusion.json"));

            Assert.Equal(["a"], sources.Found.Select(s => s.Name));
            Assert.Equal(["b"], sources.Missing);
            Assert.False(sources.Options.RequireShareableFields);
            Assert.Equal(Path.Combine(folder.FullName, "schema", "gateway.graphql"), sources.PublicSchemaFile);
            Assert.Equal("type Query {\n  a: String\n}\n", sources.Compose().PublicSdl);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
