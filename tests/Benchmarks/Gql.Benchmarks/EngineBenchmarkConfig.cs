using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Gql.Benchmarks;

/// <summary>
/// A short job (one launch, 3 warm-up and 8 measured iterations of about 250 ms each) so the
/// whole suite runs in a couple of minutes on 2 cores; in-process so no benchmark project has to
/// be generated and built. Allocations per operation come from the memory diagnoser.
/// With the environment variable GQL_BENCHMARK_DRY=1 every benchmark runs once (BenchmarkDotNet's
/// Dry job), which proves the harness and its JSON export without timing anything.
/// </summary>
public sealed class EngineBenchmarkConfig : ManualConfig
{
    public EngineBenchmarkConfig()
    {
        var dry = Environment.GetEnvironmentVariable("GQL_BENCHMARK_DRY") == "1";
        AddJob(dry ? Job.Dry.WithId("EngineDry").WithToolchain(InProcessEmitToolchain.Instance) : Job.Default
            .WithId("EngineShort")
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(8)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithToolchain(InProcessEmitToolchain.Instance));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddExporter(JsonExporter.Full);
        AddColumn(StatisticColumn.Median);
        WithOptions(ConfigOptions.DisableLogFile);
        if (dry)
        {
            // The smoke run may use a Debug build of the engine; it proves the harness, it does not time.
            WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }

        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
        HideColumns(Column.Job, Column.Toolchain, Column.IterationCount, Column.LaunchCount, Column.WarmupCount, Column.IterationTime);
    }
}
