using Gql.Language;

namespace Gql.Execution;

/// <summary>
/// What an <see cref="IRootValueProvider"/> returns: the root value, errors to add to the response
/// (with their paths), and response <c>extensions</c>.
/// </summary>
public readonly record struct ProvidedRootValue(
    object? RootValue,
    IReadOnlyList<GraphQLError>? Errors = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>
    /// The operation's <c>data</c>, already completed by the provider (shaped like the response, e.g.
    /// an <see cref="IJsonWritable"/> map): when set, the executor returns it with <see cref="Errors"/>
    /// and <see cref="Extensions"/> instead of completing <see cref="RootValue"/>. Not used for subscriptions.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? CompletedData { get; init; }
}
