using Gql.Fusion.Composition;

namespace ECommerce.Gateway;

/// <summary>
/// <c>dotnet run --project gateway -- compose</c>: composes the source schemas fusion.json lists
/// (those whose schema file exists) and writes the public schema to fusion.json's
/// <c>gateway.publicSchemaFile</c> (<c>schema/gateway.graphql</c>). Warnings and errors go to stderr
/// with their spec codes; on errors the file is left as it was and the exit code is 1.
/// </summary>
public static class ComposeCommand
{
    public const string Name = "compose";

    /// <param name="configuredFusionFile">fusion.json's path when set (<c>ECOMMERCE_FUSION_FILE</c>), else it is searched like the host does.</param>
    public static int Run(string? configuredFusionFile, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        FusionSourceSchemas sources;
        try
        {
            sources = FusionSourceSchemas.Load(GatewayApp.FindFusionFile(configuredFusionFile));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"compose: error: {ex.Message}");
            return 1;
        }

        var result = sources.Compose();
        foreach (var entry in result.Entries)
        {
            var where = entry.SchemaName is null ? string.Empty : $" ({entry.SchemaName}{(entry.Coordinate is null ? string.Empty : ", " + entry.Coordinate)})";
            error.WriteLine($"compose: {(entry.Severity == CompositionSeverity.Error ? "error" : "warning")}: {entry}{where}");
        }

        if (!result.IsSuccess)
        {
            error.WriteLine($"compose: {result.Errors.Count} error(s); {sources.PublicSchemaFile} was not written.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(sources.PublicSchemaFile)!);
        File.WriteAllText(sources.PublicSchemaFile, result.PublicSdl);
        var missing = sources.Missing.Count == 0 ? string.Empty : $"; left out (no schema file yet): {string.Join(", ", sources.Missing)}";
        output.WriteLine($"compose: wrote {sources.PublicSchemaFile} from {string.Join(", ", result.SourceSchemaNames)}{missing}.");
        return 0;
    }
}
