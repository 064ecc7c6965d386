using ECommerce.Products;
using ECommerce.ServiceDefaults;

// Start-up failures (bad configuration, unreachable database, schema errors) end the process with one line on stderr.
WebApplication app;
try
{
    app = ProductsApp.Build(args);
    await ProductsApp.InitializeAsync(app);
    await app.StartAsync();
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    await Console.Error.WriteLineAsync($"products: start-up failed: {StartupFailure.Describe(ex)}");
    return 1;
}

await app.WaitForShutdownAsync();
await app.DisposeAsync();
return 0;
