namespace Gql.Federation;

/// <summary>
/// Marks the static method of a <see cref="KeyAttribute"/> type that <c>_entities</c> calls to
/// resolve a representation (Apollo's <c>__resolveReference</c>), instead of a <c>[Lookup]</c> field.
/// Parameters of scalar-like types (string, numbers, Guid, dates, enums) take the representation's
/// field of the same GraphQL name (camelCase, or <c>[GraphQLName]</c>); a parameter of type
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> takes the whole representation; the context, a
/// cancellation token and services (DataLoaders) are injected. The method is not a field of the type.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ReferenceResolverAttribute : Attribute;
