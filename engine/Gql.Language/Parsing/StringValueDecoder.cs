using System.Buffers;
using System.Text;

namespace Gql.Language.Parsing;

/// <summary>Resolves the escape sequences of an already validated string literal body.</summary>
internal static class StringValueDecoder
{
    public static string Decode(ReadOnlySpan<byte> raw)
    {
        // UTF-16 never needs more code units than UTF-8 needs bytes.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(raw.Length, 16));
        try
        {
            var length = 0;
            var chunkStart = 0;
            var position = 0;
            while (position < raw.Length)
            {
                if (raw[position] != (byte)'\\')
                {
                    position++;
                    continue;
                }

                length += Encoding.UTF8.GetChars(raw[chunkStart..position], buffer.AsSpan(length));
                position = DecodeEscape(raw, position, buffer, ref length);
                chunkStart = position;
            }

            length += Encoding.UTF8.GetChars(raw[chunkStart..], buffer.AsSpan(length));
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static int DecodeEscape(ReadOnlySpan<byte> raw, int position, char[] buffer, ref int length)
    {
        var code = raw[position + 1];
        switch (code)
        {
            case (byte)'b':
                buffer[length++] = '\b';
                return position + 2;
            case (byte)'f':
                buffer[length++] = '\f';
                return position + 2;
            case (byte)'n':
                buffer[length++] = '\n';
                return position + 2;
            case (byte)'r':
                buffer[length++] = '\r';
                return position + 2;
            case (byte)'t':
                buffer[length++] = '\t';
                return position + 2;
            case (byte)'u':
                return raw[position + 2] == (byte)'{'
                    ? DecodeVariableWidth(raw, position, buffer, ref length)
                    : DecodeFixedWidth(raw, position, buffer, ref length);
            default:
                // \" \\ \/
                buffer[length++] = (char)code;
                return position + 2;
        }
    }

    private static int DecodeVariableWidth(ReadOnlySpan<byte> raw, int position, char[] buffer, ref int length)
    {
        var point = 0;
        var index = position + 3;
        while (raw[index] != (byte)'}')
        {
            point = (point << 4) | Lexer.HexValue(raw[index]);
            index++;
        }

        length += new Rune(point).EncodeToUtf16(buffer.AsSpan(length));
        return index + 1;
    }

    private static int DecodeFixedWidth(ReadOnlySpan<byte> raw, int position, char[] buffer, ref int length)
    {
        var code = ReadHex16(raw, position + 2);
        buffer[length++] = (char)code;
        if (!Lexer.IsLeadingSurrogate(code))
        {
            return position + 6;
        }

        buffer[length++] = (char)ReadHex16(raw, position + 8);
        return position + 12;
    }

    private static int ReadHex16(ReadOnlySpan<byte> raw, int position)
        => (Lexer.HexValue(raw[position]) << 12) | (Lexer.HexValue(raw[position + 1]) << 8)
            | (Lexer.HexValue(raw[position + 2]) << 4) | Lexer.HexValue(raw[position + 3]);
}
