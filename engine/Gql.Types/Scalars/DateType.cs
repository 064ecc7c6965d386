using System.Globalization;
using Gql.Language.Syntax;

namespace Gql.Types;

/// <summary><c>Date</c>: a calendar date <c>yyyy-MM-dd</c> without time or offset, as a <see cref="DateOnly"/>.</summary>
public sealed class DateType : ScalarType
{
    private const string Pattern = "yyyy-MM-dd";

    public DateType()
        : base("Date")
    {
        Description = "The `Date` scalar represents a calendar date (yyyy-MM-dd) without a time or time zone.";
        SpecifiedByUrl = "https://scalars.graphql.org/andimarek/local-date.html";
    }

    public override Type RuntimeType => typeof(DateOnly);

    public override object ParseLiteral(ValueNode literal)
        => literal is StringValueNode s
            ? ParseText(s.Value) ?? throw Invalid(PrintLiteral(literal))
            : throw new ScalarCoercionException($"Date cannot represent a non string value: {PrintLiteral(literal)}");

    public override object ParseValue(object value) => value switch
    {
        string s => ParseText(s) ?? throw Invalid(Inspector.Inspect(value)),
        DateOnly d => d,
        _ => throw new ScalarCoercionException($"Date cannot represent a non string value: {Inspector.Inspect(value)}"),
    };

    public override object Serialize(object runtimeValue) => runtimeValue switch
    {
        DateOnly d => d.ToString(Pattern, CultureInfo.InvariantCulture),
        DateTime d => DateOnly.FromDateTime(d).ToString(Pattern, CultureInfo.InvariantCulture),
        DateTimeOffset d => DateOnly.FromDateTime(d.DateTime).ToString(Pattern, CultureInfo.InvariantCulture),
        string s => ParseText(s) is { } parsed ? parsed.ToString(Pattern, CultureInfo.InvariantCulture) : throw Invalid(Inspector.Inspect(runtimeValue)),
        _ => throw new ScalarCoercionException($"Date cannot represent value: {Inspector.Inspect(runtimeValue)}"),
    };

    public override ValueNode ValueToLiteral(object runtimeValue) => new StringValueNode(null, (string)Serialize(runtimeValue), false);

    private static DateOnly? ParseText(string text)
        => text.Length == Pattern.Length && DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static ScalarCoercionException Invalid(string shown)
        => new($"Date cannot represent an invalid date string (expected yyyy-MM-dd): {shown}");
}
