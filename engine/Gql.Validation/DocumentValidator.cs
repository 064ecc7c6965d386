using Gql.Language;
using Gql.Language.Syntax;
using Gql.Types;

namespace Gql.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5, graphql-js <c>validate</c>).
/// Stateless and thread-safe: every call creates its own rule visitors and caches.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// Runs the rules (by default <see cref="SpecifiedRules.All"/>) in one walk and returns the errors in the
    /// order graphql-js reports them; an empty list means the document is valid.
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);

        var rules = options?.Rules ?? SpecifiedRules.All;
        var context = new ValidationContext(schema, document, options?.MaxErrors ?? 100, options?.HideSuggestions ?? false);
        var visitors = new ValidationVisitor[rules.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            visitors[i] = rules[i].CreateVisitor(context);
        }

        try
        {
            new DocumentWalker(context, context.TypeInfo, visitors, null, rules).WalkDocument(document);
        }
        catch (ValidationAbortedException)
        {
            // The limit error has already been added; graphql-js returns what it has.
        }

        return context.Errors;
    }
}
