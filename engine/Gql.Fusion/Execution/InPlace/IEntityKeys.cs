using System.Text.Json;

namespace Gql.Fusion.Execution.InPlace;

/// <summary>The variable values of the entity groups of one entity fetch, as the request body writes them.</summary>
internal interface IEntityKeys
{
    /// <summary>The number of groups (distinct keys): one lookup each.</summary>
    int Count { get; }

    /// <summary>Writes the value of <paramref name="variable"/> (in <c>FetchNode.EntityVariables</c> order) of <paramref name="group"/>.</summary>
    void WriteValue(Utf8JsonWriter writer, int group, int variable);
}
