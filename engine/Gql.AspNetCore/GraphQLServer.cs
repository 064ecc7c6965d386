using System.Text;
using Gql.Execution;
using Gql.Types;

namespace Gql.AspNetCore;

/// <summary>One built server: the schema's executor, its HTTP options and the SDL served by <c>?sdl</c>.</summary>
internal sealed class GraphQLServer(RequestExecutor executor, GraphQLServerOptions options, IHttpRequestInterceptor[] interceptors)
{
    private byte[]? _sdl;

    public RequestExecutor Executor { get; } = executor;

    public GraphQLServerOptions Options { get; } = options;

    public IHttpRequestInterceptor[] Interceptors { get; } = interceptors;

    public OperationTypeCache OperationTypes { get; } = new();

    public ReadOnlyMemory<byte> Sdl => _sdl ??= Encoding.UTF8.GetBytes(SchemaPrinter.Print(Executor.Schema));
}
