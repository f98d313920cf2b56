using AssetBank.Analysis.Chinese;
using AssetBank.Core.Tagging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AssetBank.Search.Analysis;

/// <summary>
/// Builds the analyzer dictionary of one index: the default words (jieba and the advertising vocabulary), the taxonomy's
/// labels and synonyms, and the user dictionary file, frozen. Never touches <see cref="ChineseDictionary.Default"/>:
/// two indexes with different taxonomies in one process segment text each their own way.
/// </summary>
public static class SearchDictionaryBuilder
{
    // Loaded once and only ever copied: each build starts from the embedded words alone.
    private static readonly Lazy<ChineseDictionary> Embedded = new(
        () => ChineseDictionary.Create(includeAdVocabulary: true).Freeze(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A new frozen dictionary for <paramref name="taxonomy"/> and the optional user dictionary file.</summary>
    /// <exception cref="FormatException">A line of the user dictionary is not <c>word [frequency]</c>.</exception>
    public static ChineseDictionary Build(Taxonomy taxonomy, string? userDictionaryPath, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        logger ??= NullLogger.Instance;
        var dictionary = Embedded.Value.Copy();
        foreach (var word in taxonomy.Terms.SelectMany(t => t.Synonyms.Prepend(t.Label)).Distinct(StringComparer.Ordinal))
        {
            var trimmed = word.Trim();
            if (trimmed.Length < 2 || trimmed.Length > ChineseDictionary.MaxWordLength || trimmed.Any(char.IsWhiteSpace) || dictionary.Contains(trimmed))
            {
                continue;
            }

            try
            {
                dictionary.AddWord(trimmed);
            }
            catch (ArgumentException ex)
            {
                SearchLog.WordRejected(logger, trimmed, ex.Message);
            }
        }

        if (!string.IsNullOrWhiteSpace(userDictionaryPath))
        {
            dictionary.LoadUserDictionary(userDictionaryPath);
        }

        return dictionary.Freeze();
    }
}
