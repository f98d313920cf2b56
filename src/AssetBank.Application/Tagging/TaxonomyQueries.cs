using AssetBank.Core.Tagging;

namespace AssetBank.Application.Tagging;

/// <summary>The configured taxonomy, and checks of taxonomy files people edit.</summary>
public sealed class TaxonomyQueries(Taxonomy current, ITaxonomyFiles files)
{
    public Taxonomy Current => current;

    public IReadOnlyList<TaxonomyProblem> Check(string path) => files.Check(path);

    public Taxonomy Load(string path) => files.Load(path);
}
