using System.Runtime.InteropServices;

namespace AssetBank.Benchmarks.Search;

/// <summary>
/// CPU time of this process, all threads (Linux <c>clock_gettime(CLOCK_PROCESS_CPUTIME_ID)</c>, nanosecond
/// resolution): on a shared machine, wall-clock latency measures the neighbours as much as the code, CPU time measures
/// the code. A search split over two threads counts both. Elsewhere it reports nothing.
/// </summary>
internal static partial class ProcessCpu
{
    private const int ClockProcessCpuTime = 2;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryNow(out _);

    /// <summary>CPU time of this process so far, or null where unavailable.</summary>
    public static TimeSpan? Now() => Available && TryNow(out var now) ? now : null;

    private static bool TryNow(out TimeSpan now)
    {
        now = TimeSpan.Zero;
        try
        {
            if (ClockGetTime(ClockProcessCpuTime, out var time) != 0)
            {
                return false;
            }

            now = TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
