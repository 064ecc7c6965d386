using System.Globalization;
using System.Text;

namespace Gql.Types;

/// <summary>Prints strings as GraphQL string or block string literals, like graphql-js printString / printBlockString.</summary>
internal static class StringLiterals
{
    public static string Print(string value, bool block)
        => block ? PrintBlockString(value) : PrintString(value);

    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    if (c <= '\u001f' || (c >= '\u007f' && c <= '\u009f'))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>Whether a block string can carry the value unchanged (graphql-js isPrintableAsBlockString).</summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;

        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000b' or '\u000c' or '\u000e' or '\u000f' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false;
        }

        return !(hasCommonIndent && seenNonEmptyLine);
    }

    public static string PrintBlockString(string value)
    {
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = escaped.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
        var isSingleLine = lines.Length == 1;

        var forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(line => line.Length == 0 || IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);

        var builder = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append("\"\"\"");
        return builder.ToString();
    }

    private static bool IsWhiteSpace(char c) => c is ' ' or '\t';
}
