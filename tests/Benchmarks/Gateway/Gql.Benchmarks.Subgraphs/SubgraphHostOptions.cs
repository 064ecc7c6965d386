using System.Globalization;

namespace Gql.Benchmarks.Subgraphs;

/// <summary>The command line of the subgraph host.</summary>
public sealed record SubgraphHostOptions
{
    public const int DefaultBasePort = 4200;

    public const string Usage =
        """
        Gql.Benchmarks.Subgraphs [--base-port N] [--delay-ms N] [--exit-on-stdin-close]
        Gql.Benchmarks.Subgraphs --print-schemas DIR

          --base-port N          accounts on N+1, inventory on N+2, products on N+3, reviews on N+4 (default 4200);
                                 0: each on a free port (the "Listening" lines say which)
          --delay-ms N           wait N ms before answering each GraphQL request (default 0; POST /delay?ms=N changes it)
          --exit-on-stdin-close  stop when standard input closes (for test harnesses)
          --print-schemas DIR    write each subgraph's Composite Schemas source SDL to DIR/NAME.graphql and exit
        """;

    public int BasePort { get; init; } = DefaultBasePort;

    public TimeSpan Delay { get; init; }

    public bool ExitOnStdinClose { get; init; }

    public string? PrintSchemasTo { get; init; }

    /// <summary>The port of a subgraph; 0 when the base port is 0 (a free port).</summary>
    public int PortOf(BenchmarkSubgraph subgraph) => BasePort == 0 ? 0 : BasePort + subgraph.PortOffset;

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static SubgraphHostOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SubgraphHostOptions();
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--base-port" => options with { BasePort = Number(args, ++i, "--base-port", max: 65535 - BenchmarkSubgraph.All.Count) },
                "--delay-ms" => options with { Delay = TimeSpan.FromMilliseconds(Number(args, ++i, "--delay-ms", max: 60_000)) },
                "--exit-on-stdin-close" => options with { ExitOnStdinClose = true },
                "--print-schemas" => options with { PrintSchemasTo = Value(args, ++i, "--print-schemas") },
                var unknown => throw new ArgumentException($"unknown argument \"{unknown}\""),
            };
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, int index, string option) =>
        index < args.Count ? args[index] : throw new ArgumentException($"{option} needs a value");

    private static int Number(IReadOnlyList<string> args, int index, string option, int max)
    {
        var text = Value(args, index, option);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= max
            ? value
            : throw new ArgumentException($"{option} needs a whole number from 0 to {max}, not \"{text}\"");
    }
}
