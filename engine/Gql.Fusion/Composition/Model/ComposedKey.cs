namespace Gql.Fusion.Composition.Model;

/// <summary>A <c>@key(fields:)</c> of an entity type in one source schema.</summary>
internal sealed record ComposedKey(string SchemaName, string Fields);
