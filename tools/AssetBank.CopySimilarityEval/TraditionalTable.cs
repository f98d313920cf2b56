namespace AssetBank.CopySimilarityEval;

/// <summary>Simplified → traditional characters, inverted from the OpenCC table the bank folds with (one form per character).</summary>
internal static class TraditionalTable
{
    public static IReadOnlyDictionary<char, char> Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AssetBank.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("run from inside the repository"), "src", "AssetBank.Analysis.Chinese", "Resources", "TSCharacters.txt");
        var table = new Dictionary<char, char>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && parts[0].Length == 1 && parts[1].Split(' ')[0] is { Length: 1 } simplified && simplified[0] != parts[0][0])
            {
                table.TryAdd(simplified[0], parts[0][0]);
            }
        }

        return table;
    }
}
