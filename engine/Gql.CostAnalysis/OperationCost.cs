using Gql.Language;

namespace Gql.CostAnalysis;

/// <summary>
/// The cost of one operation: <see cref="FieldCost"/> sums field (and argument) weights, multiplied by
/// the sizes of the lists they sit in; <see cref="TypeCost"/> counts the objects (type weights) the
/// response may hold, the root object included. <see cref="Errors"/> holds @listSize violations.
/// </summary>
public sealed record OperationCost(double FieldCost, double TypeCost, IReadOnlyList<GraphQLError> Errors);
