namespace Gql.Language.Parsing;

/// <summary>The kinds of lexical tokens (spec section 2.1, graphql-js <c>TokenKind</c>).</summary>
public enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    LeftParenthesis,
    RightParenthesis,
    Spread,
    Colon,
    Equals,
    At,
    LeftBracket,
    RightBracket,
    LeftBrace,
    Pipe,
    RightBrace,
    Name,
    Int,
    Float,
    String,
    BlockString,
}
