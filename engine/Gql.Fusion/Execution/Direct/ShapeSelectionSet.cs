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

    /// <summary>
    /// The index in <see cref="Fields"/> of the field (not <c>__typename</c>) with this UTF-8
    /// response name, or -1. <paramref name="hint"/> is tried first: answers list the fields in
    /// the order of the selection, so it is usually the one after the last found.
    /// </summary>
    public int IndexOf(ReadOnlySpan<byte> utf8Name, int hint)
    {
        var fields = Fields;
        if ((uint)hint < (uint)fields.Length && fields[hint].Value is not null && utf8Name.SequenceEqual(fields[hint].Utf8Name))
        {
            return hint;
        }

        for (var i = 0; i < fields.Length; i++)
        {
            var name = fields[i].Utf8Name;
            if (name.Length == utf8Name.Length && fields[i].Value is not null && utf8Name.SequenceEqual(name))
            {
                return i;
            }
        }

        return -1;
    }
}
