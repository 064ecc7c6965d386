using ECommerce.Gateway;

namespace Gql.Fusion.Tests.Composition;

public sealed class ComposeCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("compose-command-");

    [Fact]
    public void Compose_writes_the_public_schema_of_the_subgraphs_whose_schema_file_exists()
    {
        var fusionFile = WriteFusionFile(("products", "type Query { productById(id: ID!): Product @lookup }\ntype Product @key(fields: \"id\") { id: ID! name: String }"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = ComposeCommand.Run(fusionFile, output, error);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            "type Query {\n  productById(id: ID!): Product\n}\n\ntype Product {\n  id: ID!\n  name: String\n}\n",
            File.ReadAllText(Path.Combine(_folder.FullName, "schema", "gateway.graphql")));
        Assert.Contains("from products; left out (no schema file yet): inventory.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void Compose_reports_errors_with_their_codes_and_leaves_the_file_alone()
    {
        var fusionFile = WriteFusionFile(("products", "type Query { productsById(ids: [ID!]!): [Product] @lookup }\ntype Product @key(fields: \"id\") { id: ID! }"));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = ComposeCommand.Run(fusionFile, output, error);

        Assert.Equal(1, exitCode);
        Assert.Contains("compose: error: [LOOKUP_RETURNS_LIST] The lookup field 'Query.productsById' in schema 'products' must not return a list. (products, Query.productsById)", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder.FullName, "schema", "gateway.graphql")));
    }

    [Fact]
    public void Compose_without_a_fusion_file_says_so()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = ComposeCommand.Run(Path.Combine(_folder.FullName, "missing.json"), output, error);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("compose: error:", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string WriteFusionFile((string Name, string Sdl) subgraph)
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "schema"));
        File.WriteAllText(Path.Combine(_folder.FullName, "schema", subgraph.Name + ".graphql"), subgraph.Sdl);
        var path = Path.Combine(_folder.FullName, "fusion.json");
        File.WriteAllText(path, $$"""
            {
              "formatVersion": 1,
              "gateway": { "publicSchemaFile": "schema/gateway.graphql" },
              "subgraphs": [
                { "name": "{{subgraph.Name}}", "schemaFile": "schema/{{subgraph.Name}}.graphql" },
                { "name": "inventory", "schemaFile": "schema/inventory.graphql" }
              ]
            }
            """);
        return path;
    }
}
