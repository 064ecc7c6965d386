
namespace Gql.Benchmarks;

/// <summary>
/// The cheap check behind <c>--smoke</c>: runs every benchmark of every scenario a few times
/// without BenchmarkDotNet's timing, fails on any error, and writes each scenario's response JSON
/// to a folder so js/bench.mjs can compare it with graphql-js and graphql-jit.
/// </summary>
public static class SmokeRun
{
    private const int Repetitions = 3;

    public static int Run(string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        foreach (var scenario in BenchmarkDocuments.Scenarios)
        {
            var benchmarks = new EngineBenchmarks { Scenario = scenario };
            benchmarks.Setup();
            var bytes = 0;
            for (var i = 0; i < Repetitions; i++)
            {
                var document = benchmarks.Parse();
                if (document.Definitions.Count == 0)
                {
                    return Fail(scenario, "Parse returned an empty document");
                }

                var errors = benchmarks.Validate();
                if (errors.Count > 0)
                {
                    return Fail(scenario, "Validate: " + errors[0].Message);
                }

                var result = benchmarks.Execute();
                if (result.Errors.Count > 0 || result.Data is null)
                {
                    return Fail(scenario, "Execute: " + (result.Errors.Count > 0 ? result.Errors[0].Message : "no data"));
                }

                bytes = benchmarks.ExecuteJson();
            }

            var path = Path.Combine(outputDirectory, $"ours-{scenario}.json");
            File.WriteAllBytes(path, benchmarks.LastJson.ToArray());
            Console.WriteLine($"smoke: {scenario}: Parse, Validate, Execute, ExecuteJson ok ({bytes} bytes of JSON -> {path})");
        }

        return 0;
    }

    private static int Fail(string scenario, string message)
    {
        Console.Error.WriteLine($"smoke: {scenario}: {message}");
        return 1;
    }
}
