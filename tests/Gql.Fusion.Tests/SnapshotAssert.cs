using ECommerce.Testing;

namespace Gql.Fusion.Tests;

/// <summary>
/// Compares text with a checked-in file under tests/Gql.Fusion.Tests/Snapshots (the name may
/// include a subfolder, e.g. "Shop/cart.json"). A missing file is
/// written and the test fails (review and commit it); a difference fails. With
/// UPDATE_SNAPSHOTS=1 differing files are rewritten (and the test still fails, so it is noticed).
/// </summary>
internal static class SnapshotAssert
{
    public static void Matches(string name, string actual)
    {
        var directory = Path.Combine(RepositoryRoot.Find(), "tests", "Gql.Fusion.Tests", "Snapshots");
        var path = Path.Combine(directory, name);
        actual = actual.ReplaceLineEndings("\n");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            Assert.Fail($"The snapshot {name} did not exist; it was written. Review and commit it.");
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual && Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.Equal(expected, actual);
    }
}
