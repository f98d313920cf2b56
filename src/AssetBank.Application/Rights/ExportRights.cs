using System.Text;
using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary><c>assetbank rights export FILE</c>: every recorded term as a CSV that <see cref="ImportRights"/> reads back unchanged.</summary>
public sealed class ExportRights(IRightsStore store)
{
    /// <returns>The number of rows written.</returns>
    public async Task<int> ExportAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var rows = 0;
        // UTF-8 with a byte order mark, so Excel on Chinese Windows opens it as UTF-8, not GBK.
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await writer.WriteLineAsync(Line(RightsColumns.All.Select(c => c.Name)).AsMemory(), cancellationToken);
        await foreach (var asset in store.ListAsync(cancellationToken))
        {
            foreach (var grant in asset.Grants)
            {
                await writer.WriteLineAsync(Line(RightsColumns.Cells(asset.Key, RightsGrantReader.Write(grant))).AsMemory(), cancellationToken);
                rows++;
            }
        }

        return rows;
    }

    private static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Quote));

    private static string Quote(string? cell)
    {
        var text = cell ?? string.Empty;
        return text.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 || text.StartsWith(' ') || text.EndsWith(' ')
            ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : text;
    }
}
