namespace ECommerce.Testing;

/// <summary>Finds the PostgreSQL and Redis server programs the Debian packages install.</summary>
/// <remarks>ECOMMERCE_PG_BINDIR and ECOMMERCE_REDIS_SERVER override the search, as they do for run.sh.</remarks>
internal static class ServerBinaries
{
    private const string InstallHint = "./test.sh installs it; by hand: apt-get install -y";

    public static string PostgresBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("ECOMMERCE_PG_BINDIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return HasPostgresPrograms(configured)
                ? configured
                : throw new TestServerException($"ECOMMERCE_PG_BINDIR={configured} does not hold initdb, pg_ctl and postgres.");
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(versionDirectory => (Version: MajorVersion(versionDirectory), Bin: Path.Combine(versionDirectory, "bin")))
                .Where(candidate => candidate.Version >= 15 && HasPostgresPrograms(candidate.Bin))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Bin)
                .FirstOrDefault()
            : null;
        if (installed is not null)
        {
            return installed;
        }

        var onPath = FindOnPath("pg_ctl") is { } pgCtl ? Path.GetDirectoryName(pgCtl) : null;
        return onPath is not null && HasPostgresPrograms(onPath)
            ? onPath
            : throw new TestServerException($"PostgreSQL 15+ server programs (initdb, pg_ctl, postgres) not found; {InstallHint} postgresql");
    }

    public static string RedisServer()
    {
        var configured = Environment.GetEnvironmentVariable("ECOMMERCE_REDIS_SERVER");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : FindOnPath(configured)
                ?? throw new TestServerException($"redis-server not found at ECOMMERCE_REDIS_SERVER={configured}.");
        }

        return FindOnPath("redis-server")
            ?? throw new TestServerException($"redis-server not found on PATH; {InstallHint} redis-server");
    }

    public static string? FindOnPath(string program)
    {
        if (program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program) ? program : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
    }

    private static bool HasPostgresPrograms(string directory) =>
        File.Exists(Path.Combine(directory, "initdb"))
        && File.Exists(Path.Combine(directory, "pg_ctl"))
        && File.Exists(Path.Combine(directory, "postgres"));

    private static int MajorVersion(string versionDirectory) =>
        int.TryParse(Path.GetFileName(versionDirectory), out var version) ? version : 0;
}
