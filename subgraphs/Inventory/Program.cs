using ECommerce.Inventory;
using ECommerce.ServiceDefaults;

// Start-up failures (bad configuration, unreachable database, schema errors) end the process with one line on stderr.
WebApplication app;
try
{
    app = InventoryApp.Build(args);
    await InventoryApp.InitializeAsync(app);
    await app.StartAsync();
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    await Console.Error.WriteLineAsync($"inventory: start-up failed: {StartupFailure.Describe(ex)}");
    return 1;
}

await app.WaitForShutdownAsync();
await app.DisposeAsync();
return 0;
