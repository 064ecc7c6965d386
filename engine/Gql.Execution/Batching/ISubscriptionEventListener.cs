namespace Gql.Execution;

/// <summary>
/// Request state that belongs to one subscription event: when the request's
/// <see cref="IBatchDispatcher"/> also implements this interface, the executor calls
/// <see cref="OnEventStarting"/> before it executes each source event (spec section 6.2.3.2,
/// ExecuteSubscriptionEvent), so a per-request cache such as a DataLoader's never answers a later
/// event with what an earlier event read.
/// </summary>
public interface ISubscriptionEventListener
{
    void OnEventStarting();
}
