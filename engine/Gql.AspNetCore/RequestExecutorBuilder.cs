using Microsoft.Extensions.DependencyInjection;

namespace Gql.AspNetCore;

internal sealed class RequestExecutorBuilder(string name, IServiceCollection services) : IRequestExecutorBuilder
{
    public string Name { get; } = name;

    public IServiceCollection Services { get; } = services;
}
