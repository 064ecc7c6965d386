namespace Gql.CodeFirst.Tests;

/// <summary>A minimal service provider holding the test's singletons.</summary>
public sealed class TestServices(params object[] services) : IServiceProvider
{
    public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
}
