namespace ECommerce.Testing;

/// <summary>How a program run by <see cref="ExternalProcess"/> ended.</summary>
internal sealed record ProcessResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The last non-empty output line: usually the reason a server tool failed.</summary>
    public string LastLine =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no output)";
}
