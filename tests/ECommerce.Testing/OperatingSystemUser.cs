namespace ECommerce.Testing;

/// <summary>PostgreSQL refuses to run as root; as root the servers run as the postgres OS user.</summary>
internal static class OperatingSystemUser
{
    public const string PostgresUser = "postgres";

    public static bool IsRoot { get; } = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    /// <summary>The program and arguments that run <paramref name="program"/> as the owner of PostgreSQL's files.</summary>
    public static (string FileName, IEnumerable<string> Arguments) AsPostgresOwner(string program, IEnumerable<string> arguments) =>
        IsRoot
            ? ("runuser", new[] { "-u", PostgresUser, "--", program }.Concat(arguments))
            : (program, arguments);

    /// <summary>Gives the postgres OS user a directory (as root) so initdb can create a data folder inside it.</summary>
    public static async Task HandDirectoryToPostgresAsync(string directory, CancellationToken cancellationToken)
    {
        if (!IsRoot)
        {
            return;
        }

        var chown = await ExternalProcess.RunAsync("chown", [$"{PostgresUser}:{PostgresUser}", directory], TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        if (!chown.Succeeded)
        {
            throw new TestServerException($"chown {PostgresUser} {directory} failed: {chown.LastLine} (is there a '{PostgresUser}' OS user? the postgresql package creates it)");
        }

        var reachable = await ExternalProcess.RunAsync("runuser", ["-u", PostgresUser, "--", "test", "-w", directory], TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        if (!reachable.Succeeded)
        {
            throw new TestServerException($"The {PostgresUser} OS user cannot reach {directory}; a parent folder is not traversable (chmod o+x it, or point TMPDIR elsewhere).");
        }
    }
}
