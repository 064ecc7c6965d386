using Gql.Validation.Rules;

namespace Gql.AspNetCore;

/// <summary>Request limits on <see cref="IRequestExecutorBuilder"/>: depth, introspection, timeout, operation checks.</summary>
public static class RequestLimitRequestExecutorBuilderExtensions
{
    /// <summary>
    /// Refuses operations nested deeper than <paramref name="maxAllowedExecutionDepth"/> fields
    /// (through fragments) with <c>MAX_EXECUTION_DEPTH_EXCEEDED</c>; nothing is executed.
    /// </summary>
    public static IRequestExecutorBuilder AddMaxExecutionDepthRule(
        this IRequestExecutorBuilder builder,
        int maxAllowedExecutionDepth,
        bool skipIntrospectionFields = false)
    {
        var rule = new MaxExecutionDepthRule(maxAllowedExecutionDepth, skipIntrospectionFields);
        return builder.ModifyRequestOptions(o =>
        {
            o.ValidationRules.RemoveAll(r => r is MaxExecutionDepthRule);
            o.ValidationRules.Add(rule);
        });
    }

    /// <summary>Refuses <c>__schema</c> and <c>__type</c> with <c>INTROSPECTION_NOT_ALLOWED</c> (<c>__typename</c> stays allowed).</summary>
    public static IRequestExecutorBuilder DisableIntrospection(this IRequestExecutorBuilder builder, bool disable = true)
        => builder.AllowIntrospection(!disable);

    /// <summary>Turns introspection on (the default) or off; the last call wins.</summary>
    public static IRequestExecutorBuilder AllowIntrospection(this IRequestExecutorBuilder builder, bool allow)
        => builder.ModifyRequestOptions(o =>
        {
            o.ValidationRules.RemoveAll(r => r is NoIntrospectionRule);
            if (!allow)
            {
                o.ValidationRules.Add(new NoIntrospectionRule());
            }
        });

    /// <summary>Requests still running after <paramref name="timeout"/> end with a <c>TIMEOUT</c> error.</summary>
    public static IRequestExecutorBuilder SetExecutionTimeout(this IRequestExecutorBuilder builder, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        return builder.ModifyRequestOptions(o => o.ExecutionTimeout = timeout);
    }

    /// <summary>Adds an <see cref="IOperationCheck"/> run by every transport before execution.</summary>
    public static IRequestExecutorBuilder AddOperationCheck(this IRequestExecutorBuilder builder, IOperationCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return builder.ModifyServerOptions(o => o.OperationChecks.Add(check));
    }
}
