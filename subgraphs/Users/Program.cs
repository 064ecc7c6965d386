using ECommerce.Users;

// Start-up failures (bad configuration, unreachable database, schema errors) end the process with one line on stderr.
WebApplication app;
try
{
    app = UsersApp.Build(args);
    await UsersApp.InitializeAsync(app);
    await app.StartAsync();
}
catch (Exception ex) when (ex is not OperationCanceledException)
{
    await Console.Error.WriteLineAsync($"users: start-up failed: {UsersApp.Describe(ex)}");
    return 1;
}

await app.WaitForShutdownAsync();
await app.DisposeAsync();
return 0;
