using Gql.AspNetCore;
using Gql.Types;

namespace Gql.CostAnalysis;

/// <summary>Cost analysis on <see cref="IRequestExecutorBuilder"/>.</summary>
public static class CostRequestExecutorBuilderExtensions
{
    /// <summary>
    /// Declares <c>@cost</c> and <c>@listSize</c> in the schema (do not declare them in SDL as well) and
    /// checks each HTTP request's cost before execution (see <see cref="CostOptions"/>).
    /// </summary>
    public static IRequestExecutorBuilder AddCostAnalysis(this IRequestExecutorBuilder builder, Action<CostOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new CostOptions();
        configure?.Invoke(options);
        return builder
            .ConfigureSchema(schema => schema.AddCostDirectives())
            .ModifyServerOptions(o =>
            {
                if (!o.OperationChecks.Exists(c => c is CostAnalysisCheck))
                {
                    o.OperationChecks.Add(new CostAnalysisCheck(options));
                }
            });
    }

    /// <summary>Changes the options of the cost analysis added by <see cref="AddCostAnalysis"/>.</summary>
    public static IRequestExecutorBuilder ModifyCostOptions(this IRequestExecutorBuilder builder, Action<CostOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        return builder.ModifyServerOptions(o =>
        {
            foreach (var check in o.OperationChecks)
            {
                if (check is CostAnalysisCheck cost)
                {
                    configure(cost.Options);
                }
            }
        });
    }
}
