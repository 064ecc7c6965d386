using BenchmarkDotNet.Running;
using Gql.Benchmarks;

// Usage:
//   Gql.Benchmarks --smoke <dir>       run every benchmark a few times, check the results, write them to <dir>
//   Gql.Benchmarks --cpu [phase] [scenario...]   minimum thread CPU time and allocations per operation (CpuTimeRun)
//   Gql.Benchmarks --loop phase scenario count   only runs the phase (for perf record / callgrind)
//   Gql.Benchmarks [BenchmarkDotNet options, e.g. --filter * --artifacts <dir>]
if (args.Length >= 1 && args[0] == "--smoke")
{
    return SmokeRun.Run(args.Length >= 2 ? args[1] : Path.Combine(Directory.GetCurrentDirectory(), "smoke"));
}

if (args.Length >= 1 && args[0] == "--cpu")
{
    return CpuTimeRun.Run(args);
}

if (args.Length >= 4 && args[0] == "--loop")
{
    return CpuTimeRun.Loop(args);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarks).Assembly).Run(args);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
