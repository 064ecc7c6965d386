using Gql.Language;

namespace Gql.Execution;

/// <summary>
/// What an <see cref="IRootValueProvider"/> returns: the root value, errors to add to the response
/// (with their paths), and response <c>extensions</c>.
/// </summary>
public readonly record struct ProvidedRootValue(
    object? RootValue,
    IReadOnlyList<GraphQLError>? Errors = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);
