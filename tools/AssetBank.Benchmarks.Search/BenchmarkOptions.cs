using System.Globalization;

namespace AssetBank.Benchmarks.Search;

/// <summary>Command line: <c>--docs N --queries Q --warmup W --seed S --threads T --search-threads T --batch B --nrt-docs M --index DIR --output FILE --keep --reuse</c>.</summary>
internal sealed record BenchmarkOptions
{
    public long Documents { get; init; } = 100_000;

    public int Queries { get; init; } = 300;

    public int Warmup { get; init; } = 50;

    public int Seed { get; init; } = 42;

    public int Threads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 8);

    public int Batch { get; init; } = 500;

    /// <summary>Threads one search may use (<see cref="AssetBank.Search.SearchOptions.SearchThreads"/>).</summary>
    public int SearchThreads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public int NrtDocuments { get; init; } = 10_000;

    public double RamBufferMB { get; init; } = 256;

    public string? IndexPath { get; init; }

    public string? Output { get; init; }

    public bool Keep { get; init; }

    /// <summary>Times queries on an index kept by an earlier <c>--keep</c> run instead of building one.</summary>
    public bool Reuse { get; init; }

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--docs" => options with { Documents = long.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture) },
                "--queries" => options with { Queries = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--threads" => options with { Threads = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--search-threads" => options with { SearchThreads = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--batch" => options with { Batch = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--nrt-docs" => options with { NrtDocuments = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--ram" => options with { RamBufferMB = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--index" => options with { IndexPath = Value() },
                "--output" => options with { Output = Value() },
                "--keep" => options with { Keep = true },
                "--reuse" => options with { Reuse = true, Keep = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --docs --queries --warmup --seed --threads --search-threads --batch --nrt-docs --ram --index --output --keep --reuse"),
            };
        }

        return options;
    }
}
