using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gql.Fusion.Execution.Direct;

/// <summary>The collected fields (spec CollectFields) of a selection set on one object type.</summary>
internal sealed class ShapeSelectionSet(string typeName)
{
    /// <summary>The encoder of the engine's result writer, so names and strings are escaped alike.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public JsonEncodedText EncodedTypeName { get; } = JsonEncodedText.Encode(typeName, Encoder);

    /// <summary>Filled right after construction (a field's shape may be built while its parent's is).</summary>
    public ShapeField[] Fields { get; set; } = [];
}
