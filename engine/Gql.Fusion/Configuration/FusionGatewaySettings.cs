namespace Gql.Fusion.Configuration;

/// <summary>fusion.json <c>gateway</c>.</summary>
public sealed class FusionGatewaySettings
{
    public string Name { get; init; } = "gateway";

    public string Path { get; init; } = "/graphql";

    /// <summary>The composed public schema (<c>schema/gateway.graphql</c>), relative to fusion.json.</summary>
    public string PublicSchemaFile { get; init; } = "schema/gateway.graphql";

    public FusionToolSettings Tool { get; init; } = new();

    public List<string> ForwardHeaders { get; init; } = ["Authorization"];

    public double SubgraphRequestTimeoutSeconds { get; init; } = 10;

    public string SubscriptionProtocol { get; init; } = "graphql-transport-ws";

    public bool AllowPartialResults { get; init; } = true;

    /// <summary>Clients may ask for the query plan (<c>GraphQL-Query-Plan: 1</c> or extension <c>queryPlan</c>).</summary>
    public bool AllowQueryPlan { get; init; }

    /// <summary>
    /// A trusted-documents manifest (id to document text, such as <c>clients/mobile/persisted-documents.json</c>),
    /// relative to fusion.json: clients may send <c>documentId</c> instead of the text.
    /// </summary>
    public string? TrustedDocumentsFile { get; init; }

    /// <summary>Only documents of <see cref="TrustedDocumentsFile"/> run; any other text is refused (<c>PERSISTED_DOCUMENT_REQUIRED</c>).</summary>
    public bool OnlyTrustedDocuments { get; init; }
}
