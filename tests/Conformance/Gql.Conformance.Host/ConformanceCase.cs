namespace Gql.Conformance.Host;

/// <summary>One operation of the corpus (see tests/Conformance/cases/*.json).</summary>
internal sealed record ConformanceCase(
    string Name,
    string Query,
    string Mode,
    string? VariablesJson,
    string? OperationName);
