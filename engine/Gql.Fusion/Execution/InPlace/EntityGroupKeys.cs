using System.Text.Json;
using Gql.Execution;

namespace Gql.Fusion.Execution.InPlace;

/// <summary>The variable values of the entity groups a merged tree gave (<see cref="EntityCollector"/>).</summary>
internal readonly struct EntityGroupKeys(List<EntityGroup> groups) : IEntityKeys
{
    public int Count => groups.Count;

    public void WriteValue(Utf8JsonWriter writer, int group, int variable) => ResultJsonWriter.WriteValue(writer, groups[group].Values[variable]);
}
