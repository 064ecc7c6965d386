using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary><c>UUID</c>: an RFC 4122 UUID as a <see cref="Guid"/>, written in the lowercase 8-4-4-4-12 form.</summary>
public sealed class UuidType : ScalarType
{
    public UuidType()
        : base("UUID")
    {
        Description = "The `UUID` scalar represents a universally unique identifier (RFC 4122) in the 8-4-4-4-12 hexadecimal form.";
        SpecifiedByUrl = "https://tools.ietf.org/html/rfc4122";
    }

    public override Type RuntimeType => typeof(Guid);

    public override object ParseLiteral(ValueNode literal)
        => literal is StringValueNode s
            ? ParseText(s.Value) ?? throw Invalid(PrintLiteral(literal))
            : throw new ScalarCoercionException($"UUID cannot represent a non string value: {PrintLiteral(literal)}");

    public override object ParseValue(object value) => value switch
    {
        string s => ParseText(s) ?? throw Invalid(Inspector.Inspect(value)),
        Guid g => g,
        _ => throw new ScalarCoercionException($"UUID cannot represent a non string value: {Inspector.Inspect(value)}"),
    };

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        Guid g => g.ToString("D"),
        string s => ParseText(s) is { } parsed ? parsed.ToString("D") : throw Invalid(Inspector.Inspect(runtimeValue)),
        _ => throw new ScalarCoercionException($"UUID cannot represent value: {Inspector.Inspect(runtimeValue)}"),
    };

    public override ValueNode ValueToLiteral(object runtimeValue) => new StringValueNode(null, (string)Serialize(runtimeValue), false);

    private static Guid? ParseText(string text)
        => Guid.TryParseExact(text, "D", out var guid) ? guid : null;

    private static ScalarCoercionException Invalid(string shown) => new($"UUID cannot represent an invalid UUID string: {shown}");
}
