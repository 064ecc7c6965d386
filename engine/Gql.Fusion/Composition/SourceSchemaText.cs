namespace Gql.Fusion.Composition;

/// <summary>One subgraph's source schema as SDL, under the name the gateway knows the subgraph by.</summary>
public sealed record SourceSchemaText(string Name, string Sdl);
