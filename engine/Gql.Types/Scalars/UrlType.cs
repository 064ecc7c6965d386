using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary><c>URL</c>: an absolute URL (RFC 3986) as a <see cref="Uri"/>.</summary>
public sealed class UrlType : ScalarType
{
    public UrlType()
        : base("URL")
    {
        Description = "The `URL` scalar represents an absolute URL as specified by RFC 3986.";
        SpecifiedByUrl = "https://tools.ietf.org/html/rfc3986";
    }

    public override Type RuntimeType => typeof(Uri);

    public override object ParseLiteral(ValueNode literal)
        => literal is StringValueNode s
            ? ParseText(s.Value) ?? throw Invalid(PrintLiteral(literal))
            : throw new ScalarCoercionException($"URL cannot represent a non string value: {PrintLiteral(literal)}");

    public override object ParseValue(object value) => value switch
    {
        string s => ParseText(s) ?? throw Invalid(Inspector.Inspect(value)),
        Uri u when u.IsAbsoluteUri => u,
        _ => throw new ScalarCoercionException($"URL cannot represent a non string value: {Inspector.Inspect(value)}"),
    };

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        Uri u when u.IsAbsoluteUri => u.AbsoluteUri,
        string s => ParseText(s)?.AbsoluteUri ?? throw Invalid(Inspector.Inspect(runtimeValue)),
        _ => throw new ScalarCoercionException($"URL cannot represent value: {Inspector.Inspect(runtimeValue)}"),
    };

    public override ValueNode ValueToLiteral(object runtimeValue) => new StringValueNode(null, (string)Serialize(runtimeValue), false);

    private static Uri? ParseText(string text)
        => HasScheme(text) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && !text.Contains(' ', StringComparison.Ordinal)
            ? uri
            : null;

    /// <summary>RFC 3986 <c>scheme ":"</c>; .NET on Unix would otherwise take "/path" for a file URL.</summary>
    private static bool HasScheme(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static ScalarCoercionException Invalid(string shown) => new($"URL cannot represent an invalid absolute URL: {shown}");
}
