namespace ECommerce.Shop.Testing;

/// <summary>
/// Every GraphQL request the stack's subgraph apps received, in arrival order. Tests take a
/// <see cref="Mark"/> before they act and read <see cref="Since"/> afterwards (tests of one
/// collection run one after another, so the requests after the mark are the test's own).
/// </summary>
public sealed class SubgraphRequestLog
{
    /// <summary>Set by the stack on Orders' calls to other services, so they are told apart from the gateway's.</summary>
    public const string CallerHeader = "X-Shop-Test-Caller";

    private readonly List<SubgraphRequest> _requests = [];

    /// <summary>The position after the last request so far.</summary>
    public int Mark()
    {
        lock (_requests)
        {
            return _requests.Count;
        }
    }

    /// <summary>The requests received after <paramref name="mark"/>.</summary>
    public IReadOnlyList<SubgraphRequest> Since(int mark)
    {
        lock (_requests)
        {
            return _requests.Skip(mark).ToList();
        }
    }

    /// <summary>How many requests the gateway sent to <paramref name="subgraph"/> after <paramref name="mark"/>.</summary>
    public int GatewayRequestsTo(string subgraph, int mark) => Since(mark).Count(r => r.IsFromGateway && r.Subgraph == subgraph);

    internal void Add(SubgraphRequest request)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }
    }
}
