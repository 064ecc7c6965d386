using Gql.Language.Syntax;

namespace Gql.Types.Tests;

/// <summary>Prints values as SDL would (through the schema printer of a one-argument directive).</summary>
internal static class SyntaxPrinterFacade
{
    public static string Print(ValueNode value)
    {
        var directive = new DirectiveDefinition("d");
        directive.Arguments.Add(new Argument("a", new SdlScalarType("Any")) { DefaultValue = value });
        directive.Locations.Add(DirectiveLocation.Field);
        var printed = SchemaPrinter.PrintDirective(directive);
        const string prefix = "directive @d(a: Any = ";
        return printed[prefix.Length..printed.IndexOf(") on FIELD", StringComparison.Ordinal)];
    }
}
