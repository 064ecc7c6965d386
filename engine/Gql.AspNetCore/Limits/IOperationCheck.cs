namespace Gql.AspNetCore;

/// <summary>
/// A check every transport (HTTP, WebSocket, SSE) runs on each request after its document is known and
/// before it is executed, with the request's variables (cost analysis is one). A refused request is not
/// executed; its error is a request error (over HTTP: 400 with <c>application/graphql-response+json</c>;
/// over WebSocket: an <c>error</c> message; over SSE: a <c>next</c> event with the error).
/// </summary>
public interface IOperationCheck
{
    OperationCheckResult Check(OperationCheckContext context);
}
