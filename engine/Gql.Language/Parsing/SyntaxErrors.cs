using System.Globalization;
using System.Text;

namespace Gql.Language.Parsing;

/// <summary>Builds syntax errors with the line and column of a byte offset.</summary>
internal static class SyntaxErrors
{
    public static GraphQLSyntaxException At(ReadOnlySpan<byte> source, int offset, string description, string code = ErrorCodes.SyntaxError)
        => new(description, LocationOf(source, offset), offset, code);

    /// <summary>
    /// The 1-based line and column of a byte offset. Columns count UTF-16 code units like
    /// graphql-js; an invalid UTF-8 byte counts as one column.
    /// </summary>
    public static ErrorLocation LocationOf(ReadOnlySpan<byte> source, int offset)
    {
        if (offset > source.Length)
        {
            offset = source.Length;
        }

        var line = 1;
        var column = 1;
        var position = 0;
        while (position < offset)
        {
            var b = source[position];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
                position++;
            }
            else if (b == (byte)'\r')
            {
                line++;
                column = 1;
                position += position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
            }
            else if (b < 0x80)
            {
                column++;
                position++;
            }
            else if (Rune.DecodeFromUtf8(source[position..], out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                column += rune.Utf16SequenceLength;
                position += consumed;
            }
            else
            {
                column++;
                position++;
            }
        }

        return new ErrorLocation(line, column);
    }

    /// <summary>
    /// The character at an offset as graphql-js <c>printCodePointAt</c> shows it: printable ASCII
    /// quoted, anything else as U+XXXX, the end of the source as &lt;EOF&gt;.
    /// </summary>
    public static string PrintCharAt(ReadOnlySpan<byte> source, int offset)
    {
        if (offset >= source.Length)
        {
            return "<EOF>";
        }

        var b = source[offset];
        if (b >= 0x20 && b <= 0x7E)
        {
            return b == (byte)'"' ? "'\"'" : "\"" + (char)b + "\"";
        }

        if (b < 0x80)
        {
            return PrintCodePoint(b);
        }

        return Rune.DecodeFromUtf8(source[offset..], out var rune, out _) == System.Buffers.OperationStatus.Done
            ? PrintCodePoint(rune.Value)
            : "byte 0x" + b.ToString("X2", CultureInfo.InvariantCulture) + " (not valid UTF-8)";
    }

    public static string PrintCodePoint(int codePoint)
        => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
}
