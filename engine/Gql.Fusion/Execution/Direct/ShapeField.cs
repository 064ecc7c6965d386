using System.Text.Json;

namespace Gql.Fusion.Execution.Direct;

/// <summary>A collected field of a selection set: its response name (the merged result's key) and its type's shape.</summary>
internal sealed class ShapeField(string responseName, ShapeValue? value)
{
    public string ResponseName { get; } = responseName;

    /// <summary>The response name as UTF-8 (how subgraph answers are searched for it).</summary>
    public byte[] Utf8Name { get; } = System.Text.Encoding.UTF8.GetBytes(responseName);

    public JsonEncodedText EncodedName { get; } = JsonEncodedText.Encode(responseName, ShapeSelectionSet.Encoder);

    /// <summary>Null for <c>__typename</c>, which is written from the selection set's object type.</summary>
    public ShapeValue? Value { get; } = value;
}
