using System.Globalization;
using System.Text.RegularExpressions;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary>
/// <c>DateTime</c>: an RFC 3339 date-time with an offset (the scalars.graphql.org date-time spec),
/// as a <see cref="DateTimeOffset"/>.
/// </summary>
public sealed partial class DateTimeType : ScalarType
{
    public DateTimeType()
        : base("DateTime")
    {
        Description = "The `DateTime` scalar represents an exact point in time as an RFC 3339 date-time string with a time-zone offset.";
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time.html";
    }

    public override Type RuntimeType => typeof(DateTimeOffset);

    public override object ParseLiteral(ValueNode literal)
        => literal is StringValueNode s
            ? ParseText(s.Value) ?? throw Invalid(PrintLiteral(literal))
            : throw new ScalarCoercionException($"DateTime cannot represent a non string value: {PrintLiteral(literal)}");

    public override object ParseValue(object value) => value switch
    {
        string s => ParseText(s) ?? throw Invalid(Inspector.Inspect(value)),
        DateTimeOffset d => d,
        _ => throw new ScalarCoercionException($"DateTime cannot represent a non string value: {Inspector.Inspect(value)}"),
    };

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        DateTimeOffset d => Format(d),
        DateTime d => Format(d.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(d, TimeSpan.Zero) : new DateTimeOffset(d)),
        string s => ParseText(s) is { } parsed ? Format(parsed) : throw Invalid(Inspector.Inspect(runtimeValue)),
        _ => throw new ScalarCoercionException($"DateTime cannot represent value: {Inspector.Inspect(runtimeValue)}"),
    };

    public override ValueNode ValueToLiteral(object runtimeValue) => new StringValueNode(null, (string)Serialize(runtimeValue), false);

    /// <summary>Milliseconds always, more fraction digits only when the value has them; <c>Z</c> for UTC.</summary>
    public static string Format(DateTimeOffset value)
    {
        var fraction = value.Ticks % TimeSpan.TicksPerMillisecond == 0 ? "fff" : "fffffff";
        var text = value.ToString("yyyy-MM-dd'T'HH:mm:ss." + fraction, CultureInfo.InvariantCulture);
        return value.Offset == TimeSpan.Zero ? text + "Z" : text + value.ToString("zzz", CultureInfo.InvariantCulture);
    }

    /// <summary>Parses an RFC 3339 date-time with a mandatory offset; null when the text is not one.</summary>
    public static DateTimeOffset? ParseText(string text)
    {
        var match = Rfc3339().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var fraction = match.Groups["fraction"].Value;
        if (fraction.Length > 7)
        {
            fraction = fraction[..7];
        }

        var normalized = $"{match.Groups["date"].Value}T{match.Groups["time"].Value}{(fraction.Length > 0 ? "." + fraction : string.Empty)}{NormalizeOffset(match.Groups["offset"].Value)}";
        var format = fraction.Length > 0 ? "yyyy-MM-dd'T'HH:mm:ss." + new string('F', fraction.Length) + "zzz" : "yyyy-MM-dd'T'HH:mm:sszzz";
        return DateTimeOffset.TryParseExact(normalized, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result)
            ? result
            : null;
    }

    private static string NormalizeOffset(string offset) => offset is "Z" or "z" ? "+00:00" : offset;

    private static ScalarCoercionException Invalid(string shown)
        => new($"DateTime cannot represent an invalid date-time string: {shown}");

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[Tt](?<time>\d{2}:\d{2}:\d{2})(?:\.(?<fraction>\d+))?(?<offset>[Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
