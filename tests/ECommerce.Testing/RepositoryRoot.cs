namespace ECommerce.Testing;

/// <summary>Finds the repository's root folder (the one holding ECommerce.GraphQL.sln) from a test's output folder.</summary>
public static class RepositoryRoot
{
    public const string SolutionFileName = "ECommerce.GraphQL.sln";

    public static string Find() => Find(AppContext.BaseDirectory);

    public static string Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new TestServerException($"No {SolutionFileName} above {startDirectory}.");
    }
}
