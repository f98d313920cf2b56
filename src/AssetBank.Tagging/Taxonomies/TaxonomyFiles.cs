using AssetBank.Core.Tagging;

namespace AssetBank.Tagging.Taxonomies;

/// <summary>Taxonomy files through the <see cref="TaxonomyLoader"/>.</summary>
public sealed class TaxonomyFiles : ITaxonomyFiles
{
    public IReadOnlyList<TaxonomyProblem> Check(string path) => TaxonomyLoader.CheckFile(path);

    public Taxonomy Load(string path) => TaxonomyLoader.LoadFile(path);
}
