using System.Text;

namespace AssetBank.Cluster.Tests;

/// <summary>
/// A day of work through the real program that writes every part of the catalog: assets, an account, rights with
/// their history, a project with a confirmed reuse, a shared collection, a saved search, a reference library and the
/// copyright check. Used to show that a PostgreSQL bank keeps all of it in PostgreSQL, and that `catalog migrate`
/// carries all of it over.
/// </summary>
internal static class CatalogUseCases
{
    public const string Project = "MIG-2026";
    public const string Collection = "夜醒候选";
    public const string Copy = "copy/a.txt";

    /// <summary>The tables these use cases fill (each must hold rows afterwards).</summary>
    public static readonly string[] Tables =
    [
        "assets", "users", "audit_log", "asset_rights", "rights_history", "project_briefs", "reuse_ledger", "collections",
        "collection_items", "collection_shares", "saved_searches", "reference_libraries", "reference_items", "similarity_checks",
        "similarity_alarms",
    ];

    /// <summary>Read-only commands whose output must not depend on where the catalog lives.</summary>
    public static readonly string[][] Reads =
    [
        ["project", "ledger", Project],
        ["collections", "show", Collection, "--as", "李策略"],
        ["searches", "list"],
        ["rights", "history", Copy],
        ["reference", "list"],
        ["alarms", "list", "--status", "all"],
        ["users", "list"],
    ];

    /// <summary>Fills the store under <paramref name="data"/> and runs the use cases on <paramref name="bank"/>.</summary>
    public static async Task RunAsync(AssetBankProcess bank, string data)
    {
        var store = Path.Combine(data, "store");
        var work = Path.Combine(data, "..", "inputs");
        foreach (var (name, text) in new[] { ("a", "母婴 新手爸爸 夜醒 文案"), ("b", "美妆 闺蜜 种草 文案") })
        {
            Directory.CreateDirectory(Path.Combine(store, "copy"));
            await File.WriteAllTextAsync(Path.Combine(store, "copy", name + ".txt"), text);
        }

        // The same pictures in the bank and in a reference library: the copyright check must raise alarms.
        await ClusterBank.WriteImagesToAsync(Path.Combine(store, "images"), 2, "320x240");
        await ClusterBank.WriteImagesToAsync(Path.Combine(work, "refs"), 2, "320x240");
        var brief = Path.Combine(work, "brief.yaml");
        await File.WriteAllTextAsync(brief, string.Join('\n',
            $"code: {Project}", "client: 安稚", "end: 2030-12-31", "lines:", "  - { id: copy, kind: copy-piece, quantity: 3 }") + "\n", new UTF8Encoding(true));

        await bank.RunOkAsync("ingest");
        await bank.RunOkAsync("users", "add", "lina", "--role", "strategist", "--display-name", "李娜");
        await bank.RunOkAsync("rights", "set", Copy, "--holder", "安稚", "--licence-type", "owned", "--media", "全媒体", "--territory", "全球", "--who", "王法务");
        await bank.RunOkAsync("kickoff", brief, "--who", "李策略");
        await bank.RunOkAsync("reuse", "confirm", Project, "copy", Copy, "--who", "李策略");
        await bank.RunOkAsync("collections", "create", Collection, "--as", "李策略");
        await bank.RunOkAsync("collections", "add", Collection, Copy, "--note", "开场", "--as", "李策略");
        await bank.RunOkAsync("collections", "add", Collection, "--text", "口播：凌晨三点，你不是一个人", "--as", "李策略");
        await bank.RunOkAsync("collections", "share", Collection, "--with", "王创意", "--access", "read", "--as", "李策略");
        await bank.RunOkAsync("searches", "save", "爸爸", "新手爸爸", "--as", "李策略");
        await bank.RunOkAsync("reference", "import", Path.Combine(work, "refs"), "--name", "VCG", "--licence", "RM, contract 2024-117");
        await bank.RunOkAsync("alarms", "check");
    }
}
