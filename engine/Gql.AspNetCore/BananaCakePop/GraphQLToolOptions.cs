namespace Gql.AspNetCore;

/// <summary>Settings of the Banana Cake Pop IDE served at <c>GET</c> on the GraphQL path to browsers.</summary>
public sealed class GraphQLToolOptions
{
    /// <summary>Browsers (Accept: text/html) get the IDE; when false they get the GraphQL over HTTP answer.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>The document title of the IDE.</summary>
    public string? Title { get; set; }

    /// <summary>The endpoint the IDE sends requests to; null means the URL the IDE was opened at.</summary>
    public string? GraphQLEndpoint { get; set; }

    /// <summary>The IDE sends cookies with its requests.</summary>
    public bool IncludeCookies { get; set; }

    /// <summary>The IDE sends queries with GET.</summary>
    public bool UseGet { get; set; }
}
