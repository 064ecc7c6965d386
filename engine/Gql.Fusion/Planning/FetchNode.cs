using System.Text.Json;
using Gql.Fusion.Metadata;

namespace Gql.Fusion.Planning;

/// <summary>One subgraph request of a <see cref="QueryPlan"/>.</summary>
public sealed class FetchNode
{
    internal FetchNode(
        int id,
        string subgraph,
        FetchKind kind,
        FetchDocument document,
        IReadOnlyList<int> dependsOn,
        IReadOnlyList<string> path,
        string? entityType,
        Lookup? lookup,
        IReadOnlyList<EntityVariable> entityVariables,
        IReadOnlyList<string> forwardedVariables,
        IReadOnlyList<string> responseNames)
    {
        Id = id;
        Subgraph = subgraph;
        Kind = kind;
        Parts = document;
        Document = document.Text;
        DocumentJson = JsonEncodedText.Encode(document.Text);
        DependsOn = dependsOn;
        Path = path;
        EntityType = entityType;
        Lookup = lookup;
        EntityVariables = entityVariables;
        ForwardedVariables = forwardedVariables;
        ResponseNames = responseNames;
    }

    /// <summary>Position in <see cref="QueryPlan.Fetches"/>; dependencies always have smaller ids.</summary>
    public int Id { get; }

    public string Subgraph { get; }

    public FetchKind Kind { get; }

    /// <summary>The subgraph operation (GraphQL text).</summary>
    public string Document { get; }

    /// <summary>The fetches whose results this one reads (entities, keys, requirements).</summary>
    public IReadOnlyList<int> DependsOn { get; }

    /// <summary>Response names from the root to the entities this fetch completes (lists are walked through); empty for root fetches.</summary>
    public IReadOnlyList<string> Path { get; }

    /// <summary>The entity type; objects at the path with another <c>__typename</c> are skipped.</summary>
    public string? EntityType { get; }

    /// <summary>The lookup the entity fetch goes through.</summary>
    public Lookup? Lookup { get; }

    /// <summary>Per-entity variables: keys and required values.</summary>
    public IReadOnlyList<EntityVariable> EntityVariables { get; }

    /// <summary>The client's variables the document uses (passed on as sent).</summary>
    public IReadOnlyList<string> ForwardedVariables { get; }

    /// <summary>The response names this fetch adds to each object it completes (null with an error when it fails).</summary>
    public IReadOnlyList<string> ResponseNames { get; }

    internal JsonEncodedText DocumentJson { get; }

    /// <summary>The document's parts: alias batches of entity fetches are printed from them.</summary>
    internal FetchDocument Parts { get; }
}
