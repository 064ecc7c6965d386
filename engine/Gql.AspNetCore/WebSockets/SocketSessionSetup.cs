namespace Gql.AspNetCore;

/// <summary>The socket session interceptors registered for one schema name (a named options instance).</summary>
internal sealed class SocketSessionSetup
{
    public List<Type> InterceptorTypes { get; } = [];
}
