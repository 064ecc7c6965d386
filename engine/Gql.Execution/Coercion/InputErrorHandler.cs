namespace Gql.Execution;

/// <summary>
/// Receives an input coercion failure: the path inside the value (field names and list indices),
/// the offending value, and the message (graphql-js <c>coerceInputValue</c> onError).
/// </summary>
public delegate void InputErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message);
