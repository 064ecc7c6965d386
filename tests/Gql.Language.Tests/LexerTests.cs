using Gql.Language.Parsing;
using static Gql.Language.Tests.LexedToken;

namespace Gql.Language.Tests;

public class LexerTests
{
    [Fact]
    public void Ignores_a_byte_order_mark()
    {
        Assert.Equal(new LexedToken(TokenKind.Name, 4, 7, 1, 3, "foo"), LexOne("\uFEFF foo"));
    }

    [Fact]
    public void Disallows_uncommon_control_characters()
    {
        SyntaxAssert.LexFails("\u0007", "Unexpected character: U+0007.", 1, 1);
    }

    [Theory]
    [InlineData("foo", 0, 3, 1, 1)]
    [InlineData("\nfoo", 1, 4, 2, 1)]
    [InlineData("\rfoo", 1, 4, 2, 1)]
    [InlineData("\r\nfoo", 2, 5, 2, 1)]
    [InlineData("\n\rfoo", 2, 5, 3, 1)]
    [InlineData("\r\r\n\nfoo", 4, 7, 4, 1)]
    [InlineData("\n\n\r\rfoo", 4, 7, 5, 1)]
    [InlineData("\n \r\n \r  foo\n", 8, 11, 4, 3)]
    public void Tracks_line_breaks_lines_and_columns(string source, int start, int end, int line, int column)
    {
        Assert.Equal(new LexedToken(TokenKind.Name, start, end, line, column, "foo"), LexOne(source));
    }

    [Theory]
    [InlineData("\n\n    foo\n\n\n", 6, 9, 3, 5)]
    [InlineData("\r\n\r\n  foo\r\n\r\n", 6, 9, 3, 3)]
    [InlineData("\r\r  foo\r\r", 4, 7, 3, 3)]
    [InlineData("\t\tfoo\t\t", 2, 5, 1, 3)]
    [InlineData("\n    #comment\n    foo#comment\n", 18, 21, 3, 5)]
    [InlineData(",,,foo,,,", 3, 6, 1, 4)]
    public void Skips_whitespace_comments_and_commas(string source, int start, int end, int line, int column)
    {
        Assert.Equal(new LexedToken(TokenKind.Name, start, end, line, column, "foo"), LexOne(source));
    }

    [Fact]
    public void Errors_respect_whitespace()
    {
        SyntaxAssert.LexFails("\n\n    ?\n", "Unexpected character: \"?\".", 3, 5);
    }

    [Fact]
    public void Columns_count_characters_not_bytes_after_multi_byte_text()
    {
        // "é" is two UTF-8 bytes but one column; "😀" is four bytes and two UTF-16 code units.
        var token = LexSecond("\"é😀\" foo");
        Assert.Equal(new LexedToken(TokenKind.Name, 9, 12, 1, 7, "foo"), token);
        Assert.Equal(new LexedToken(TokenKind.Name, 9, 12, 2, 4, "bar"), LexOne("#é\u00e9\n   bar"));
    }

    [Theory]
    [InlineData("\"\"", 0, 2, "")]
    [InlineData("\"simple\"", 0, 8, "simple")]
    [InlineData("\" white space \"", 0, 15, " white space ")]
    [InlineData("\"quote \\\"\"", 0, 10, "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", 0, 20, "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", 0, 15, "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", 0, 34, "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", 0, 42, "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", 0, 50, "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", 0, 42, "string with minimal unicode escape \u0000")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", 0, 47, "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", 0, 57, "string with maximal minimal unicode escape \u0000")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", 0, 56, "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", 0, 56, "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", 0, 56, "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"unescaped control \u0007 char\"", 0, 26, "unescaped control \u0007 char")]
    public void Lexes_strings(string source, int start, int end, string value)
    {
        Assert.Equal(new LexedToken(TokenKind.String, start, end, 1, 1, value), LexOne(source));
    }

    [Fact]
    public void Lexes_strings_with_multi_byte_characters()
    {
        Assert.Equal("unescaped unicode outside BMP \U0001F600 and é", LexOne("\"unescaped unicode outside BMP \U0001F600 and é\"").Value);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 1, 2)]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\"\"\"", "Unterminated string.", 1, 5)]
    [InlineData("\"no end quote", "Unterminated string.", 1, 14)]
    [InlineData("'single quotes'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6)]
    [InlineData("\"bad \\uXXXF esc\"", "Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 25)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39)]
    [InlineData("\"cannot escape half a pair \\uD83D\\u{DE00} esc\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 28)]
    [InlineData("\"cannot escape half a pair \\u{D83D}\\uDE00 esc\"", "Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 28)]
    public void Reports_useful_string_errors(string source, string message, int line, int column)
    {
        SyntaxAssert.LexFails(source, message, line, column);
    }

    [Fact]
    public void Quotes_escape_sequences_in_utf16_code_units_like_graphql_js()
    {
        SyntaxAssert.LexFails("\"a \\\uFEFF\"", "Invalid character escape sequence: \"\\\uFEFF\".", 1, 4);
        SyntaxAssert.LexFails("\"a \\u0é12\"", "Invalid Unicode escape sequence: \"\\u0é12\".", 1, 4);
        SyntaxAssert.LexFails("\"a \\é\"", "Invalid character escape sequence: \"\\é\".", 1, 4);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", 0, 6, "")]
    [InlineData("\"\"\"simple\"\"\"", 0, 12, "simple")]
    [InlineData("\"\"\" white space \"\"\"", 0, 19, " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", 0, 22, "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", 0, 32, "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", 0, 16, "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", 0, 28, "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", 0, 32, "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", 0, 19, "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", 0, 68, "spans\n  multiple\n    lines")]
    public void Lexes_block_strings(string source, int start, int end, string value)
    {
        Assert.Equal(new LexedToken(TokenKind.BlockString, start, end, 1, 1, value), LexOne(source));
    }

    [Fact]
    public void Advances_the_line_after_a_multi_line_block_string()
    {
        var source = "\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \n \"\"\" second_token";
        Assert.Equal(new LexedToken(TokenKind.Name, 71, 83, 8, 6, "second_token"), LexSecond(source));
    }

    [Theory]
    [InlineData("\"\"\"", "Unterminated string.", 1, 4)]
    [InlineData("\"\"\"no end quote", "Unterminated string.", 1, 16)]
    [InlineData("\"\"\"\nline two\n  no end", "Unterminated string.", 3, 9)]
    public void Reports_useful_block_string_errors(string source, string message, int line, int column)
    {
        SyntaxAssert.LexFails(source, message, line, column);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("42", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("-42", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E4", TokenKind.Float)]
    [InlineData("-1.123e-4", TokenKind.Float)]
    [InlineData("-1.123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    public void Lexes_numbers(string source, TokenKind kind)
    {
        Assert.Equal(new LexedToken(kind, 0, source.Length, 1, 1, source), LexOne(source));
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("01.23", "Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("+1", "Unexpected character: \"+\".", 1, 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1E", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 1, 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1, 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 1, 5)]
    [InlineData("1.0e\"", "Invalid number, expected digit but got: '\"'.", 1, 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 1, 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 1, 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 1, 5)]
    public void Reports_useful_number_errors(string source, string message, int line, int column)
    {
        SyntaxAssert.LexFails(source, message, line, column);
    }

    [Theory]
    [InlineData("0xF1", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("0b10", "Invalid number, expected digit but got: \"b\".", 1, 2)]
    [InlineData("123abc", "Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 1, 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 1, 5)]
    [InlineData("1.234_5", "Invalid number, expected digit but got: \"_\".", 1, 6)]
    public void Does_not_allow_a_name_start_right_after_a_number(string source, string message, int line, int column)
    {
        SyntaxAssert.LexFails(source, message, line, column);
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.LeftParenthesis)]
    [InlineData(")", TokenKind.RightParenthesis)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.LeftBracket)]
    [InlineData("]", TokenKind.RightBracket)]
    [InlineData("{", TokenKind.LeftBrace)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.RightBrace)]
    public void Lexes_punctuation(string source, TokenKind kind)
    {
        Assert.Equal(new LexedToken(kind, 0, source.Length, 1, 1, null), LexOne(source));
    }

    [Theory]
    [InlineData("..", "Unexpected character: \".\".", 1, 1)]
    [InlineData("~", "Unexpected character: \"~\".", 1, 1)]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("\u0000", "Unexpected character: U+0000.", 1, 1)]
    [InlineData("\b", "Unexpected character: U+0008.", 1, 1)]
    [InlineData("\u00AA", "Unexpected character: U+00AA.", 1, 1)]
    [InlineData("\u0AAA", "Unexpected character: U+0AAA.", 1, 1)]
    [InlineData("\u203B", "Unexpected character: U+203B.", 1, 1)]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.", 1, 1)]
    [InlineData("{ é", "Unexpected character: U+00E9.", 1, 3)]
    public void Reports_useful_unknown_character_errors(string source, string message, int line, int column)
    {
        SyntaxAssert.LexFails(source, message, line, column);
    }

    [Fact]
    public void Reports_useful_information_for_dashes_in_names()
    {
        Assert.Equal(new LexedToken(TokenKind.Name, 0, 1, 1, 1, "a"), LexOne("a-b"));
        SyntaxAssert.LexFails("a-b", "Invalid number, expected digit but got: \"b\".", 1, 3);
    }

    [Fact]
    public void Reports_invalid_utf8_as_a_syntax_error()
    {
        var invalidTopLevel = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse([(byte)'{', (byte)' ', 0xFF, (byte)'}']));
        Assert.Equal("Syntax Error: Invalid character: byte 0xFF (not valid UTF-8).", invalidTopLevel.Message);
        Assert.Equal(new ErrorLocation(1, 3), invalidTopLevel.Location);

        var invalidInString = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse([(byte)'{', (byte)'a', (byte)'(', (byte)'b', (byte)':', (byte)'"', 0xC3, (byte)'"', (byte)')', (byte)'}']));
        Assert.Equal("Syntax Error: Invalid character within String: byte 0xC3 (not valid UTF-8).", invalidInString.Message);
        Assert.Equal(new ErrorLocation(1, 7), invalidInString.Location);
    }

    [Fact]
    public void Ends_a_comment_at_invalid_utf8_and_reports_it()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse([(byte)'#', (byte)'a', 0xFE, (byte)'\n', (byte)'{', (byte)'a', (byte)'}']));
        Assert.Equal("Syntax Error: Invalid character: byte 0xFE (not valid UTF-8).", error.Message);
        Assert.Equal(new ErrorLocation(1, 3), error.Location);
    }

    [Fact]
    public void Produces_the_tokens_in_order_without_comments()
    {
        var tokens = LexAll("{\n  #comment\n  field(a: 1.5, b: \"x\") @d\n}");
        Assert.Equal(
            [TokenKind.LeftBrace, TokenKind.Name, TokenKind.LeftParenthesis, TokenKind.Name, TokenKind.Colon, TokenKind.Float, TokenKind.Name, TokenKind.Colon, TokenKind.String, TokenKind.RightParenthesis, TokenKind.At, TokenKind.Name, TokenKind.RightBrace],
            tokens.ConvertAll(t => t.Kind));
    }

    [Fact]
    public void Counts_columns_on_the_last_line_of_a_block_string_with_multi_byte_text()
    {
        Assert.Equal(new LexedToken(TokenKind.Name, 17, 20, 2, 7, "foo"), LexSecond("\"\"\"é😀\nxé\"\"\" foo"));
    }

    [Fact]
    public void Ignores_a_byte_order_mark_in_utf8_input()
    {
        var document = Parser.Parse([0xEF, 0xBB, 0xBF, (byte)'{', (byte)'a', (byte)'}']);
        var field = ParserTests.FirstField(document);
        Assert.Equal(new Syntax.Location(4, 5, 1, 3), field.Location);
    }

    [Fact]
    public void Keeps_returning_end_of_file()
    {
        var lexer = new Lexer("a"u8);
        Assert.Equal(TokenKind.Name, lexer.Read());
        Assert.Equal(TokenKind.EndOfFile, lexer.Read());
        Assert.Equal(TokenKind.EndOfFile, lexer.Read());
        Assert.Equal(1, lexer.Start);
        Assert.Equal(1, lexer.Line);
        Assert.Equal(2, lexer.Column);
    }

    [Fact]
    public void Skips_runs_of_spaces_of_every_length_up_to_the_end_of_the_source()
    {
        for (var spaces = 0; spaces <= 20; spaces++)
        {
            for (var trailing = 0; trailing <= 10; trailing++)
            {
                var source = "a" + new string(' ', spaces + 1) + "b" + new string(' ', trailing);

                var tokens = LexAll(source);

                Assert.Equal(
                    [new LexedToken(TokenKind.Name, 0, 1, 1, 1, "a"), new LexedToken(TokenKind.Name, spaces + 2, spaces + 3, 1, spaces + 3, "b")],
                    tokens);
            }
        }
    }

    [Fact]
    public void Skips_indentation_of_every_length_after_a_line_feed()
    {
        for (var indentation = 0; indentation <= 40; indentation++)
        {
            for (var trailing = 0; trailing <= 20; trailing += 5)
            {
                var source = "a\n" + new string(' ', indentation) + "b\n" + new string(' ', trailing) + "\n" + new string(' ', indentation) + "c";

                var tokens = LexAll(source);

                var c = 5 + indentation + trailing + indentation;
                Assert.Equal(
                    [
                        new LexedToken(TokenKind.Name, 0, 1, 1, 1, "a"),
                        new LexedToken(TokenKind.Name, 2 + indentation, 3 + indentation, 2, indentation + 1, "b"),
                        new LexedToken(TokenKind.Name, c, c + 1, 4, indentation + 1, "c"),
                    ],
                    tokens);
            }
        }
    }

    [Fact]
    public void A_space_run_stops_at_the_first_other_ignored_or_significant_byte()
    {
        var tokens = LexAll("{   \t  ,  \n      x       }");

        Assert.Equal(
            [
                new LexedToken(TokenKind.LeftBrace, 0, 1, 1, 1, null),
                new LexedToken(TokenKind.Name, 17, 18, 2, 7, "x"),
                new LexedToken(TokenKind.RightBrace, 25, 26, 2, 15, null),
            ],
            tokens);
    }

    [Fact]
    public void Names_that_share_their_first_and_last_bytes_keep_their_own_values()
    {
        // Interned names are keyed by their first and last bytes and their length; the middle must still count.
        string[] names =
        [
            "aXb", "aYb", "abXcd", "abYcd", "abcdXefgh", "abcdYefgh", "abcdefghXijklmnop", "abcdefghYijklmnop",
            "abcdefgh_Xy_ijklmnop", "abcdefgh_Yy_ijklmnop", "a", "b", "_", "a1", new string('n', 64), new string('n', 65),
        ];

        for (var round = 0; round < 2; round++)
        {
            foreach (var name in names)
            {
                Assert.Equal(name, LexOne(name).Value);
            }
        }
    }
}
