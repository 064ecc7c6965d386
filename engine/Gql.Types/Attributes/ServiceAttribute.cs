namespace Gql.Types;

/// <summary>Binds a resolver parameter to a service from the request's service provider.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class ServiceAttribute : Attribute;
