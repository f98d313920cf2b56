namespace AssetBank.Core.Tagging;

/// <summary>Reads and validates taxonomy files (the data file users edit).</summary>
public interface ITaxonomyFiles
{
    /// <summary>Every problem in the file, each naming its line; empty when the file is valid.</summary>
    IReadOnlyList<TaxonomyProblem> Check(string path);

    /// <summary>Loads a valid file.</summary>
    Taxonomy Load(string path);
}
