namespace Gql.Execution;

/// <summary>Request services first, then the executor's services.</summary>
internal sealed class CombinedServiceProvider(IServiceProvider first, IServiceProvider second) : IServiceProvider
{
    public static readonly IServiceProvider Empty = new EmptyServiceProvider();

    public static IServiceProvider Create(IServiceProvider? request, IServiceProvider? executor)
        => request is null ? executor ?? Empty
            : executor is null ? request
            : new CombinedServiceProvider(request, executor);

    public object? GetService(Type serviceType) => first.GetService(serviceType) ?? second.GetService(serviceType);

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
