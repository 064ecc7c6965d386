using Gql.Fusion.Configuration;

namespace Gql.Fusion.Composition;

/// <summary>
/// The source schemas fusion.json lists (<c>subgraphs[].name</c>, <c>subgraphs[].schemaFile</c>), in
/// fusion.json order. Subgraphs whose schema file does not exist (yet) are listed in
/// <see cref="Missing"/> and left out of the composition; <c>composition</c> sets the options.
/// </summary>
public sealed record FusionSourceSchemas(IReadOnlyList<SourceSchemaText> Found, IReadOnlyList<string> Missing, string PublicSchemaFile, CompositionOptions Options)
{
    /// <exception cref="InvalidDataException">fusion.json is not valid (the message says why).</exception>
    public static FusionSourceSchemas Load(string fusionJsonPath) => From(FusionSettings.Load(fusionJsonPath));

    public static FusionSourceSchemas From(FusionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var found = new List<SourceSchemaText>();
        var missing = new List<string>();
        foreach (var subgraph in settings.Subgraphs)
        {
            var file = settings.PathOf(subgraph.SchemaFile);
            if (File.Exists(file))
            {
                found.Add(new SourceSchemaText(subgraph.Name, File.ReadAllText(file)));
            }
            else
            {
                missing.Add(subgraph.Name);
            }
        }

        var options = new CompositionOptions { RequireShareableFields = settings.Composition.RequireShareableFields };
        return new FusionSourceSchemas(found, missing, settings.PathOf(settings.Gateway.PublicSchemaFile), options);
    }

    /// <summary>Composes the source schemas that exist with the options of fusion.json.</summary>
    public CompositionResult Compose() => new SchemaComposer(Options).Compose(Found);
}
