namespace Gql.AspNetCore;

/// <summary>
/// A check the HTTP transport runs on each request after its document is known and before it is
/// executed, with the request's variables (cost analysis is one). A refused request is not executed;
/// its error is a request error (400 with <c>application/graphql-response+json</c>).
/// </summary>
public interface IOperationCheck
{
    OperationCheckResult Check(OperationCheckContext context);
}
