namespace Gql.Types;

/// <summary>
/// Binds a resolver parameter to a service from the request's service provider. On a class or an
/// interface (inherited), every resolver parameter of that type is a service, e.g. DataLoaders.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Interface, Inherited = true)]
public sealed class ServiceAttribute : Attribute;
