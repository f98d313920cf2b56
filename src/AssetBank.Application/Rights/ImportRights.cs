using AssetBank.Application.Ingesting;
using AssetBank.Application.Writing;
using AssetBank.Core.Extraction;
using AssetBank.Core.Rights;

namespace AssetBank.Application.Rights;

/// <summary>
/// <c>assetbank rights import FILE</c>: reads a CSV or XLSX rights list (one row per set of terms) and, for every
/// asset it names, replaces that asset's terms with the file's. All or nothing: one bad row and nothing is written,
/// and the report names every bad row and field.
/// </summary>
public sealed class ImportRights(DataFolderWriterLock writerLock, RightsTargets targets, IRightsStore store, ITableFileReader tables, CatalogCommitFeed feed, TimeProvider time)
{
    public async Task<RightsImportReport> ImportAsync(string path, string who, IProgress<string>? waiting, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var rows = await tables.ReadAsync(path, cancellationToken);
        var problems = new List<RightsProblem>();
        if (rows.Count == 0)
        {
            problems.Add(new RightsProblem(Path.GetFileName(path), "header", "文件为空 (the file has no rows)"));
            return new RightsImportReport(path, 0, [], problems, []);
        }

        var header = rows[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            if (RightsColumns.Resolve(header.Cell(i)) is { } name && !columns.TryAdd(name, i))
            {
                problems.Add(new RightsProblem(header.Label, header.Cell(i), $"列 {name} 出现两次 (column given twice)"));
            }
            else if (RightsColumns.Resolve(header.Cell(i)) is null && !string.IsNullOrWhiteSpace(header.Cell(i)))
            {
                problems.Add(new RightsProblem(header.Label, header.Cell(i), $"不认识的列 (unknown column; known: {string.Join(", ", RightsColumns.All.Select(c => c.Name))})"));
            }
        }

        if (!columns.TryGetValue(RightsColumns.Key, out var keyColumn))
        {
            problems.Add(new RightsProblem(header.Label, RightsColumns.Key, "缺少资产键列 (no key column: the object key of each asset)"));
            return new RightsImportReport(path, rows.Count - 1, [], problems, []);
        }

        await using var session = await writerLock.AcquireAsync("rights import", waiting, cancellationToken);
        var byAsset = new Dictionary<long, (AssetRights Rights, List<(string Row, RightsGrant Grant)> Rows)>();
        foreach (var row in rows.Skip(1))
        {
            var key = row.Cell(keyColumn).Trim();
            var grant = RightsGrantReader.Read(RightsColumns.Terms(columns, row.Cell), row.Label, problems);
            if (key.Length == 0)
            {
                problems.Add(new RightsProblem(row.Label, RightsColumns.Key, "资产键为空 (empty key)"));
                continue;
            }

            var (asset, problem) = await targets.FindAsync(key, cancellationToken);
            if (asset is null)
            {
                problems.Add(new RightsProblem(row.Label, RightsColumns.Key, $"{key}: {problem}"));
                continue;
            }

            if (grant?.ShotIndex is { } shot && await targets.ShotProblemAsync(asset, shot, cancellationToken) is { } shotProblem)
            {
                problems.Add(new RightsProblem(row.Label, "shot", shotProblem));
                continue;
            }

            if (grant is not null)
            {
                if (!byAsset.TryGetValue(asset.Id, out var entry))
                {
                    entry = (RightsTargets.Empty(asset), []);
                    byAsset[asset.Id] = entry;
                }

                entry.Rows.Add((row.Label, grant));
            }
        }

        var warnings = byAsset.Values.SelectMany(a => RightsConflicts.Find(a.Rows)).ToList();
        if (problems.Count > 0)
        {
            return new RightsImportReport(path, rows.Count - 1, [], problems, warnings);
        }

        var assets = byAsset.Values.Select(a => a.Rights with { Grants = a.Rows.Select(r => r.Grant).ToList() }).ToList();
        await store.SaveAsync(assets, who, time.GetUtcNow(), $"import {Path.GetFileName(path)}", cancellationToken);
        await feed.PublishAsync(cancellationToken);
        return new RightsImportReport(path, rows.Count - 1, assets, problems, warnings);
    }
}
