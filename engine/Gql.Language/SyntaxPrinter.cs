using Gql.Language.Printing;
using Gql.Language.Syntax;

namespace Gql.Language;

/// <summary>Prints syntax trees back to GraphQL source text.</summary>
public static class SyntaxPrinter
{
    /// <summary>Prints a node exactly like graphql-js 16 <c>print()</c> (two-space indentation, one definition per block).</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new SyntaxWriter(compact: false);
        writer.Write(node);
        return writer.ToString();
    }

    /// <summary>
    /// Prints a node on a single line with minimal white space (block strings become regular
    /// strings). Two documents that differ only in ignored tokens print the same, so the
    /// result is a good cache key.
    /// </summary>
    public static string PrintCompact(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new SyntaxWriter(compact: true);
        writer.Write(node);
        return writer.ToString();
    }

    /// <summary>Prints a string literal with graphql-js escaping (<c>printString</c>).</summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new System.Text.StringBuilder(value.Length + 2);
        SyntaxWriter.AppendString(builder, value);
        return builder.ToString();
    }
}
