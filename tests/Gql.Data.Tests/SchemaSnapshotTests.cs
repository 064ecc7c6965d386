using Gql.Types;

namespace Gql.Data.Tests;

/// <summary>The generated paging, filter and sort types, compared to a committed SDL snapshot.</summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void The_shop_schema_matches_the_snapshot()
    {
        var printed = SchemaPrinter.Print(ShopHost.CreateSchemaBuilder().Build()).ReplaceLineEndings("\n");

        var snapshotPath = Path.Combine(AppContext.BaseDirectory, "Snapshots", "Shop.graphql");
        var sourcePath = Path.Combine(SourceDirectory(), "Snapshots", "Shop.graphql");
        var expected = File.Exists(snapshotPath) ? File.ReadAllText(snapshotPath).ReplaceLineEndings("\n") : "";
        if (expected != printed)
        {
            File.WriteAllText(Path.ChangeExtension(sourcePath, ".received.graphql"), printed);
        }

        Assert.Equal(expected, printed);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
