using System.Text;
using Gql.Language.Parsing;

namespace Gql.Language.Tests;

/// <summary>A snapshot of one token read by the lexer, for assertions.</summary>
public sealed record LexedToken(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    public static LexedToken LexOne(string source) => Lex(source, 1);

    public static LexedToken LexSecond(string source) => Lex(source, 2);

    public static List<LexedToken> LexAll(string source)
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        var lexer = new Lexer(bytes);
        var tokens = new List<LexedToken>();
        while (lexer.Read() != TokenKind.EndOfFile)
        {
            tokens.Add(Snapshot(lexer));
        }

        return tokens;
    }

    private static LexedToken Lex(string source, int count)
    {
        var bytes = Encoding.UTF8.GetBytes(source);
        var lexer = new Lexer(bytes);
        for (var i = 0; i < count; i++)
        {
            lexer.Read();
        }

        return Snapshot(lexer);
    }

    private static LexedToken Snapshot(Lexer lexer)
    {
        var value = lexer.Kind is TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString
            ? lexer.GetValue()
            : null;
        return new LexedToken(lexer.Kind, lexer.Start, lexer.End, lexer.Line, lexer.Column, value);
    }
}
