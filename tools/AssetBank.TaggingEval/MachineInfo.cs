using System.Globalization;
using System.Runtime.InteropServices;

namespace AssetBank.TaggingEval;

/// <summary>One line naming the machine a measurement ran on, for result files.</summary>
public static class MachineInfo
{
    public static string Describe()
    {
        var cpu = CpuModel();
        var cores = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture) + (Environment.ProcessorCount == 1 ? " core" : " cores");
        var parts = new[] { cpu, cores, RuntimeInformation.OSDescription.Trim(), RuntimeInformation.FrameworkDescription };
        return string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private static string? CpuModel()
    {
        const string CpuInfo = "/proc/cpuinfo";
        try
        {
            if (!File.Exists(CpuInfo))
            {
                return RuntimeInformation.ProcessArchitecture.ToString();
            }

            var line = File.ReadLines(CpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
