namespace Gql.Federation;

/// <summary>
/// Marks the static method that loads a <see cref="NodeAttribute"/> type by its key for
/// <c>node(id:)</c>: its first parameter that is not a service, the context or a cancellation token
/// receives the key (converted from the id's text); other parameters are injected like resolver
/// parameters (DataLoaders, services). The method is not a field of the type.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class NodeResolverAttribute : Attribute;
