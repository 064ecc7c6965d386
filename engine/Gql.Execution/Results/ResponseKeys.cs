using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gql.Execution;

/// <summary>The response names of a compiled selection set, also pre-encoded for the JSON writer.</summary>
internal sealed class ResponseKeys
{
    public ResponseKeys(string[] names)
    {
        Names = names;
        Encoded = Array.ConvertAll(names, static name => JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
    }

    public string[] Names { get; }

    public JsonEncodedText[] Encoded { get; }
}
