using Gql.Benchmarks.Subgraphs;

// The four subgraphs of the federation gateway benchmark (accounts, inventory, products, reviews)
// in one process, each on its own port. Prints "Listening: NAME URL" per subgraph, then "ready".
SubgraphHostOptions options;
try
{
    options = SubgraphHostOptions.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync($"Gql.Benchmarks.Subgraphs: {e.Message}\n\n{SubgraphHostOptions.Usage}");
    return 2;
}

if (options.PrintSchemasTo is { } directory)
{
    Directory.CreateDirectory(directory);
    foreach (var subgraph in BenchmarkSubgraph.All)
    {
        var sdl = await SubgraphServer.PrintSourceSchemaAsync(subgraph);
        await File.WriteAllTextAsync(Path.Combine(directory, subgraph.Name + ".graphql"), sdl.TrimEnd() + "\n");
    }

    return 0;
}

var delay = new ResponseDelay(options.Delay);
var apps = BenchmarkSubgraph.All.Select(s => (Subgraph: s, App: SubgraphServer.Build(s, options.PortOf(s), delay))).ToList();
foreach (var (subgraph, app) in apps)
{
    await app.StartAsync();
    Console.WriteLine($"Listening: {subgraph.Name} {SubgraphServer.GraphQLUrl(app)}");
}

Console.WriteLine($"ready (delay {options.Delay.TotalMilliseconds} ms)");
if (options.ExitOnStdinClose)
{
    _ = Task.Run(async () =>
    {
        await Console.In.ReadToEndAsync();
        foreach (var (_, app) in apps)
        {
            app.Lifetime.StopApplication();
        }
    });
}

await Task.WhenAll(apps.Select(a => a.App.WaitForShutdownAsync()));
foreach (var (_, app) in apps)
{
    await app.DisposeAsync();
}

return 0;
