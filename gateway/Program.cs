using ECommerce.Gateway;

if (args is [ComposeCommand.Name, ..]) return ComposeCommand.Run(Environment.GetEnvironmentVariable(GatewayApp.FusionFileVariable), Console.Out, Console.Error);

// Start-up failures (no fusion.json, bad settings, a schema that does not build) end the process with one line on stderr.
WebApplication app;
try
{
    app = GatewayApp.Build(args);
    await app.StartAsync();
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    await Console.Error.WriteLineAsync($"gateway: start-up failed: {ex.Message}");
    return 1;
}

await app.WaitForShutdownAsync();
await app.DisposeAsync();
return 0;
