namespace Gql.AspNetCore.Instrumentation;

/// <summary><c>builder.AddInstrumentation()</c>.</summary>
public static class InstrumentationRequestExecutorBuilderExtensions
{
    /// <summary>
    /// Records the schema's requests as spans and metrics (<see cref="GraphQLTelemetry"/>) through an
    /// <see cref="ActivityExecutionDiagnosticEvents"/> listener. Export them with OpenTelemetry
    /// (<c>AddSource("Gql.*")</c>, <c>AddMeter("Gql.AspNetCore")</c>) or any ActivityListener/MeterListener.
    /// </summary>
    public static IRequestExecutorBuilder AddInstrumentation(this IRequestExecutorBuilder builder, Action<InstrumentationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new InstrumentationOptions();
        configure?.Invoke(options);
        return builder.ModifyRequestOptions(requestOptions => requestOptions.DiagnosticEvents.Add(new ActivityExecutionDiagnosticEvents(options)));
    }
}
