using Gql.AspNetCore;
using Gql.Language;

namespace Gql.CostAnalysis;

/// <summary>
/// Runs <see cref="CostAnalyzer"/> on each HTTP request with its variables: refuses requests over the
/// limits (nothing is executed) and, for <c>GraphQL-Cost: report</c>, adds
/// <c>extensions.operationCost { fieldCost typeCost }</c> to the response.
/// </summary>
public sealed class CostAnalysisCheck(CostOptions options) : IOperationCheck
{
    /// <summary>The request header that asks for the cost figures (<c>report</c>).</summary>
    public const string HeaderName = "GraphQL-Cost";

    public CostOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public OperationCheckResult Check(OperationCheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cost = CostAnalyzer.Analyze(context.Schema, context.Document, context.OperationName, context.Variables, Options);
        if (Options.EnforceCostLimits)
        {
            if (cost.Errors.Count > 0)
            {
                return OperationCheckResult.Refuse(cost.Errors[0]);
            }

            if (cost.FieldCost > Options.MaxFieldCost)
            {
                return OperationCheckResult.Refuse(LimitError(
                    $"The maximum allowed field cost was exceeded: the operation costs {Format(cost.FieldCost)}, the limit is {Format(Options.MaxFieldCost)}.",
                    CostErrorCodes.MaxFieldCostExceeded, "fieldCost", cost.FieldCost, Options.MaxFieldCost));
            }

            if (cost.TypeCost > Options.MaxTypeCost)
            {
                return OperationCheckResult.Refuse(LimitError(
                    $"The maximum allowed type cost was exceeded: the operation costs {Format(cost.TypeCost)}, the limit is {Format(Options.MaxTypeCost)}.",
                    CostErrorCodes.MaxTypeCostExceeded, "typeCost", cost.TypeCost, Options.MaxTypeCost));
            }
        }

        var header = context.HttpContext.Request.Headers[HeaderName];
        if (header.Count > 0 && string.Equals(header[0], "report", StringComparison.OrdinalIgnoreCase))
        {
            return OperationCheckResult.Report(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["operationCost"] = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["fieldCost"] = Number(cost.FieldCost),
                    ["typeCost"] = Number(cost.TypeCost),
                },
            });
        }

        return OperationCheckResult.Allow;
    }

    private static GraphQLError LimitError(string message, string code, string costName, double cost, double limit)
        => new(message, null, null, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = code,
            [costName] = Number(cost),
            ["max" + char.ToUpperInvariant(costName[0]) + costName[1..]] = Number(limit),
        });

    // Whole costs are written as JSON integers.
    private static object Number(double value)
        => value == Math.Floor(value) && Math.Abs(value) < long.MaxValue ? (long)value : value;

    private static string Format(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
