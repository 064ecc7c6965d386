using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Gql.Language.Parsing;

/// <summary>
/// Reads the tokens of a UTF-8 GraphQL document (spec section 2.1), skipping ignored tokens
/// (BOM, white space, line terminators, comments and commas). Values are only materialized
/// as strings on request (<see cref="GetValue"/>), so lexing does not allocate.
/// </summary>
public ref struct Lexer
{
    private readonly ReadOnlySpan<byte> _source;
    private int _line;
    private int _lineStart;

    // Bytes minus UTF-16 code units of the non-ASCII text between _lineStart and the current
    // position, so columns count characters like graphql-js.
    private int _lineAdjust;
    private bool _hasEscapes;

    public Lexer(ReadOnlySpan<byte> source)
    {
        _source = source;
        _line = 1;
        Kind = TokenKind.StartOfFile;
        Line = 0;
        Column = 0;
    }

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>The byte offset where the current token starts.</summary>
    public int Start { get; private set; }

    /// <summary>The byte offset just after the current token.</summary>
    public int End { get; private set; }

    /// <summary>The 1-based line of the current token.</summary>
    public int Line { get; private set; }

    /// <summary>The 1-based column (in UTF-16 code units) of the current token.</summary>
    public int Column { get; private set; }

    /// <summary>The byte offset just after the token before the current one.</summary>
    public int PreviousEnd { get; private set; }

    /// <summary>The whole source.</summary>
    public readonly ReadOnlySpan<byte> Source => _source;

    /// <summary>The bytes of the current token as written in the source.</summary>
    public readonly ReadOnlySpan<byte> Raw => _source[Start..End];

    /// <summary>True when the current token is the name <paramref name="keyword"/>.</summary>
    public readonly bool IsKeyword(ReadOnlySpan<byte> keyword)
        => Kind == TokenKind.Name && _source[Start..End].SequenceEqual(keyword);

    /// <summary>Advances to the next token and returns its kind; stays on EndOfFile once there.</summary>
    public TokenKind Read()
    {
        PreviousEnd = End;
        if (Kind == TokenKind.EndOfFile)
        {
            return TokenKind.EndOfFile;
        }

        var source = _source;
        var position = End;
        while ((uint)position < (uint)source.Length)
        {
            var code = source[position];
            var start = TokenStart[code];

            // Indentation and names are most of a document: decided by one table lookup each.
            if (start == IgnoredByte)
            {
                position++;
                if (code == (byte)' ')
                {
                    position = SkipSpaces(source, position);
                }

                continue;
            }

            if (start == NameStartByte)
            {
                BeginToken(position);
                return ReadName(position);
            }

            if (start < FirstByteClass)
            {
                if (start != 0)
                {
                    return Punctuator((TokenKind)start, position, 1);
                }

                if (code == 0xEF && IsByteOrderMark(position))
                {
                    position += 3;
                    _lineAdjust += 2;
                    continue;
                }

                throw UnexpectedCharacter(position);
            }

            switch (start)
            {
                case LineFeedByte:
                    // A line's indentation is skipped with its line feed, without another dispatch.
                    position++;
                    StartLine(position);
                    position = SkipSpaces(source, position);
                    continue;
                case CarriageReturnByte:
                    position += position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
                    StartLine(position);
                    continue;
                case CommentByte:
                    position = SkipComment(position);
                    continue;
                case DotByte:
                    if (position + 2 < source.Length && source[position + 1] == (byte)'.' && source[position + 2] == (byte)'.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }

                    throw UnexpectedCharacter(position);
                case QuoteByte:
                    BeginToken(position);
                    return position + 2 < source.Length && source[position + 1] == (byte)'"' && source[position + 2] == (byte)'"'
                        ? ReadBlockString(position)
                        : ReadString(position);
                default:
                    BeginToken(position);
                    return ReadNumber(position);
            }
        }

        BeginToken(source.Length);
        End = source.Length;
        Kind = TokenKind.EndOfFile;
        return Kind;
    }

    /// <summary>
    /// The value of the current token: the text of a name or number, the cooked value of a
    /// string (escapes resolved) or block string (BlockStringValue applied).
    /// </summary>
    public readonly string GetValue() => Kind switch
    {
        TokenKind.Name => NameCache.Get(_source[Start..End]),
        TokenKind.Int or TokenKind.Float => Encoding.ASCII.GetString(_source[Start..End]),
        TokenKind.String => GetStringValue(),
        TokenKind.BlockString => GetBlockStringValue(),
        _ => string.Empty,
    };

    /// <summary>The value of the current token, which is a name: the interned string.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly string GetName() => NameCache.Get(_source.Slice(Start, End - Start));

    /// <summary>The current token as error messages show it, e.g. <c>Name "foo"</c> or <c>"{"</c>.</summary>
    public readonly string Describe() => Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString
            => Kind.ToDescription() + " \"" + GetValue() + "\"",
        _ => Kind.ToDescription(),
    };

    /// <summary>A syntax error at a byte offset of this source.</summary>
    public readonly GraphQLSyntaxException Error(int offset, string description)
        => SyntaxErrors.At(_source, offset, description);

    // Indentation: skips up to sixteen spaces at once (eight without vector support, or near the
    // end of the source); a longer run continues on the lexer's next round.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipSpaces(ReadOnlySpan<byte> source, int position)
    {
        ref var first = ref MemoryMarshal.GetReference(source);
        if (Vector128.IsHardwareAccelerated && position <= source.Length - Vector128<byte>.Count)
        {
            var spaces = Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)position), Vector128.Create((byte)' '));
            var others = ~spaces.ExtractMostSignificantBits() & 0xFFFFu;
            return position + BitOperations.TrailingZeroCount(others | 0x10000u);
        }

        if (position <= source.Length - sizeof(ulong))
        {
            var bytes = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, position));
            var others = bytes ^ 0x2020202020202020UL;
            return position + ((BitConverter.IsLittleEndian ? BitOperations.TrailingZeroCount(others) : BitOperations.LeadingZeroCount(others)) >> 3);
        }

        return position;
    }

    private void StartLine(int position)
    {
        _line++;
        _lineStart = position;
        _lineAdjust = 0;
    }

    private readonly bool IsByteOrderMark(int position)
        => position + 2 < _source.Length && _source[position + 1] == 0xBB && _source[position + 2] == 0xBF;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void BeginToken(int position)
    {
        Start = position;
        Line = _line;
        Column = 1 + position - _lineStart - _lineAdjust;
    }

    private TokenKind Punctuator(TokenKind kind, int position, int length)
    {
        BeginToken(position);
        End = position + length;
        Kind = kind;
        return kind;
    }

    private int SkipComment(int position)
    {
        var source = _source;
        position++;
        while (position < source.Length)
        {
            var code = source[position];
            if (code == (byte)'\n' || code == (byte)'\r')
            {
                break;
            }

            if (code < 0x80)
            {
                position++;
                continue;
            }

            // An invalid UTF-8 sequence ends the comment; reading the next token reports it.
            if (!TryConsumeNonAscii(ref position))
            {
                break;
            }
        }

        return position;
    }

    // Decodes one multi-byte UTF-8 character and accounts for its width in columns.
    private bool TryConsumeNonAscii(ref int position)
    {
        if (Rune.DecodeFromUtf8(_source[position..], out var rune, out var consumed) != OperationStatus.Done)
        {
            return false;
        }

        position += consumed;
        _lineAdjust += consumed - rune.Utf16SequenceLength;
        return true;
    }

    private TokenKind ReadName(int start)
    {
        var source = _source;
        var position = start + 1;
        while ((uint)position < (uint)source.Length && NameContinue[source[position]] != 0)
        {
            position++;
        }

        End = position;
        Kind = TokenKind.Name;
        return Kind;
    }

    // IntValue / FloatValue (section 2.1.10, 2.1.11) with the lookahead restrictions:
    // no leading zeros, digits after '.', and no '.' or NameStart right after a number.
    private TokenKind ReadNumber(int start)
    {
        var position = start;
        var code = CodeAt(position);
        var isFloat = false;

        if (code == '-')
        {
            code = CodeAt(++position);
        }

        if (code == '0')
        {
            code = CodeAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {SyntaxErrors.PrintCharAt(_source, position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code == '+' || code == '-')
            {
                code = CodeAt(++position);
            }

            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {SyntaxErrors.PrintCharAt(_source, position)}.");
        }

        End = position;
        Kind = isFloat ? TokenKind.Float : TokenKind.Int;
        return Kind;
    }

    private readonly int ReadDigits(int position, int code)
    {
        if (!IsDigit(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {SyntaxErrors.PrintCharAt(_source, position)}.");
        }

        var source = _source;
        position++;
        while (position < source.Length && IsDigit(source[position]))
        {
            position++;
        }

        return position;
    }

    // StringValue (section 2.1.12): "..." with escapes; escapes are validated here and
    // resolved later by GetValue.
    private TokenKind ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        _hasEscapes = false;
        while (position < source.Length)
        {
            var code = source[position];
            if (code == (byte)'"')
            {
                End = position + 1;
                Kind = TokenKind.String;
                return Kind;
            }

            if (code == (byte)'\\')
            {
                _hasEscapes = true;
                position += EscapeLength(position);
                continue;
            }

            if (code == (byte)'\n' || code == (byte)'\r')
            {
                break;
            }

            if (code < 0x80)
            {
                position++;
            }
            else if (!TryConsumeNonAscii(ref position))
            {
                throw InvalidCharacterWithinString(position);
            }
        }

        throw Error(position, "Unterminated string.");
    }

    // Block strings (section 2.1.12): raw text up to """, where \""" stands for """.
    private TokenKind ReadBlockString(int start)
    {
        var source = _source;
        var position = start + 3;
        _hasEscapes = false;
        while (position < source.Length)
        {
            var code = source[position];
            if (code == (byte)'"' && position + 2 < source.Length && source[position + 1] == (byte)'"' && source[position + 2] == (byte)'"')
            {
                End = position + 3;
                Kind = TokenKind.BlockString;
                return Kind;
            }

            if (code == (byte)'\\' && position + 3 < source.Length && source[position + 1] == (byte)'"' && source[position + 2] == (byte)'"' && source[position + 3] == (byte)'"')
            {
                _hasEscapes = true;
                position += 4;
                continue;
            }

            if (code == (byte)'\n')
            {
                position++;
                StartLine(position);
            }
            else if (code == (byte)'\r')
            {
                position += position + 1 < source.Length && source[position + 1] == (byte)'\n' ? 2 : 1;
                StartLine(position);
            }
            else if (code < 0x80)
            {
                position++;
            }
            else if (!TryConsumeNonAscii(ref position))
            {
                throw InvalidCharacterWithinString(position);
            }
        }

        throw Error(position, "Unterminated string.");
    }

    // The length of the escape sequence at position (which holds a backslash), or a syntax error.
    private readonly int EscapeLength(int position)
    {
        var code = CodeAt(position + 1);
        switch (code)
        {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                return 2;
            case 'u':
                return CodeAt(position + 2) == '{' ? VariableWidthUnicodeEscapeLength(position) : FixedWidthUnicodeEscapeLength(position);
            default:
                throw Error(position, $"Invalid character escape sequence: \"{SliceForMessage(position, position + 2)}\".");
        }
    }

    // \u{X...} (draft): one to eight hex digits encoding a Unicode scalar value.
    private readonly int VariableWidthUnicodeEscapeLength(int position)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CodeAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceForMessage(position, position + size)}\".");
    }

    // \uXXXX, where a leading surrogate must be followed by an escaped trailing surrogate.
    private readonly int FixedWidthUnicodeEscapeLength(int position)
    {
        var code = ReadHex16(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            return 6;
        }

        if (IsLeadingSurrogate(code) && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u' && IsTrailingSurrogate(ReadHex16(position + 8)))
        {
            return 12;
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{SliceForMessage(position, position + 6)}\".");
    }

    private readonly GraphQLSyntaxException InvalidCharacterWithinString(int position)
        => Error(position, $"Invalid character within String: {SyntaxErrors.PrintCharAt(_source, position)}.");

    private readonly GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        var code = _source[position];
        if (code == (byte)'\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        if (code >= 0x80 && Rune.DecodeFromUtf8(_source[position..], out _, out _) != OperationStatus.Done)
        {
            return Error(position, $"Invalid character: {SyntaxErrors.PrintCharAt(_source, position)}.");
        }

        return Error(position, $"Unexpected character: {SyntaxErrors.PrintCharAt(_source, position)}.");
    }

    // graphql-js slices the source in UTF-16 code units; decode generously, then cut.
    private readonly string SliceForMessage(int start, int end)
    {
        var length = end - start;
        var decoded = Encoding.UTF8.GetString(_source[start..Math.Min(_source.Length, start + (length * 4))]);
        return decoded.Length > length ? decoded[..length] : decoded;
    }

    private readonly string GetStringValue()
    {
        var raw = _source[(Start + 1)..(End - 1)];
        return _hasEscapes ? StringValueDecoder.Decode(raw) : Encoding.UTF8.GetString(raw);
    }

    private readonly string GetBlockStringValue()
    {
        var raw = Encoding.UTF8.GetString(_source[(Start + 3)..(End - 3)]);
        if (_hasEscapes)
        {
            raw = raw.Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal);
        }

        return BlockString.Dedent(raw);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int CodeAt(int position) => (uint)position < (uint)_source.Length ? _source[position] : -1;

    private readonly int ReadHex16(int position)
        => (HexValue(CodeAt(position)) << 12) | (HexValue(CodeAt(position + 1)) << 8) | (HexValue(CodeAt(position + 2)) << 4) | HexValue(CodeAt(position + 3));

    internal static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    internal static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    internal static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;

    internal static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameStart(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a' || code == '_';

    // TokenStart: what each byte begins. Punctuators of one byte map to their TokenKind (2 to 15),
    // bytes that begin nothing (and the first byte of a BOM, checked separately) to 0.
    private const byte FirstByteClass = 32;
    private const byte IgnoredByte = 32;
    private const byte NameStartByte = 33;
    private const byte LineFeedByte = 34;
    private const byte CarriageReturnByte = 35;
    private const byte CommentByte = 36;
    private const byte DotByte = 37;
    private const byte QuoteByte = 38;
    private const byte NumberByte = 39;

    private static ReadOnlySpan<byte> TokenStart =>
    [
        //     \t  \n        \r
        0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 34, 0, 0, 35, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        // sp !  "   #   $  %  &  '  (  )  *  +  ,   -   .   /  0-9                                     :  ;  <  =  >  ?
        32, 2, 38, 36, 3, 0, 4, 0, 5, 6, 0, 0, 32, 39, 37, 0, 39, 39, 39, 39, 39, 39, 39, 39, 39, 39, 8, 0, 0, 9, 0, 0,
        // @ A-Z                                                                                                    [   \  ]   ^  _
        10, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 11, 0, 12, 0, 33,
        // ` a-z                                                                                                    {   |   }   ~  DEL
        0, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 33, 13, 14, 15, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    // 1 for the bytes of NameContinue (section 2.1.9): letters, digits and '_'.
    private static ReadOnlySpan<byte> NameContinue =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
}
