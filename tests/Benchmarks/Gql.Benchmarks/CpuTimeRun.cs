using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Gql.Benchmarks;

/// <summary>
/// <c>--cpu [phase] [scenario...]</c>: a before/after check that holds up on a busy machine. Each
/// round runs a phase N times and is timed in CPU time of this thread (time the scheduler gave
/// other processes does not count); the minimum round is reported, with the exact bytes
/// allocated per operation. <c>--loop phase scenario count</c> only runs the phase (for
/// <c>perf record</c> or <c>valgrind --tool=callgrind</c>).
/// </summary>
public static partial class CpuTimeRun
{
    private const int Rounds = 41;
    private const long RoundNanoseconds = 20_000_000;

    public static int Run(string[] args)
    {
        var phase = args.Length >= 2 ? args[1] : "execute";
        var scenarios = args.Length >= 3 ? args[2..] : [.. BenchmarkDocuments.Scenarios];
        foreach (var scenario in scenarios)
        {
            var benchmarks = new EngineBenchmarks { Scenario = scenario };
            benchmarks.Setup();
            var operation = Phase(benchmarks, phase);
            var iterations = Calibrate(operation);
            var rounds = new double[Rounds];
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            for (var round = 0; round < Rounds; round++)
            {
                var start = ThreadCpuNanoseconds();
                for (var i = 0; i < iterations; i++)
                {
                    operation();
                }

                rounds[round] = (double)(ThreadCpuNanoseconds() - start) / iterations;
            }

            var allocated = (double)(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / ((long)Rounds * iterations);
            Array.Sort(rounds);
            Console.WriteLine(
                $"{scenario,-14} {phase,-12} min {Format(rounds[0]),10}  median {Format(rounds[Rounds / 2]),10}  alloc {allocated,10:F1} B/op  ({iterations} x {Rounds})");
        }

        return 0;
    }

    public static int Loop(string[] args)
    {
        var benchmarks = new EngineBenchmarks { Scenario = args[2] };
        benchmarks.Setup();
        var operation = Phase(benchmarks, args[1]);
        var count = long.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        for (var i = 0L; i < count; i++)
        {
            operation();
        }

        Console.WriteLine($"{args[2]} {args[1]}: {count} in {watch.Elapsed.TotalMilliseconds:F0} ms");
        return 0;
    }

    private static Action Phase(EngineBenchmarks benchmarks, string phase) => phase switch
    {
        "parse" => () => benchmarks.Parse(),
        "validate" => () => benchmarks.Validate(),
        "execute" => () => benchmarks.Execute(),
        "executeJson" => () => benchmarks.ExecuteJson(),
        _ => throw new ArgumentException($"Unknown phase '{phase}'.", nameof(phase)),
    };

    // Iterations per round: about RoundNanoseconds of CPU time, after a warm-up long enough for tiered compilation.
    private static int Calibrate(Action operation)
    {
        var warmupEnd = ThreadCpuNanoseconds() + 1_500_000_000;
        var calls = 0L;
        var start = ThreadCpuNanoseconds();
        while (ThreadCpuNanoseconds() < warmupEnd)
        {
            operation();
            calls++;
        }

        var perCall = (double)(ThreadCpuNanoseconds() - start) / calls;
        return (int)Math.Max(1, RoundNanoseconds / perCall);
    }

    private static string Format(double nanoseconds)
        => nanoseconds >= 1_000_000 ? $"{nanoseconds / 1_000_000:F2} ms"
            : nanoseconds >= 1_000 ? $"{nanoseconds / 1_000:F2} us"
            : $"{nanoseconds:F1} ns";

    private static long ThreadCpuNanoseconds()
    {
        const int ClockThreadCpuTimeId = 3;
        if (ClockGetTime(ClockThreadCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
