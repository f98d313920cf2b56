using AssetBank.Application.Accounts;
using AssetBank.Application.Reuse;
using AssetBank.Application.Rights;
using AssetBank.Application.Writing;
using AssetBank.Catalog.Sqlite;
using AssetBank.Catalog.Sqlite.Accounts;
using AssetBank.Catalog.Sqlite.Reuse;
using AssetBank.Catalog.Sqlite.Rights;
using AssetBank.Core.Reuse;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AssetBank.Reuse.Tests;

/// <summary>
/// The reuse use cases over a real SQLite catalog, as one process builds them. Two stacks on one catalog with their own
/// lock files behave like two processes whose only protection is the catalog's own write transaction.
/// </summary>
internal sealed class ReuseStack : IDisposable
{
    public const string Code = "ANZHI-2026-NIGHT";

    public ReuseStack(string catalogPath, string lockPath, ReuseOptions? options = null)
    {
        Options = options ?? new ReuseOptions
        {
            Approvers = [new ReuseApprover { Name = "张总", Role = "leadership" }, new ReuseApprover { Name = "李策略", Role = "strategist" }],
        };
        Database = new SqliteDatabase(catalogPath);
        Ledger = new SqliteReuseLedger(Database);
        Lock = new DataFolderWriterLock(Microsoft.Extensions.Options.Options.Create(new WriterLockOptions { LockPath = lockPath }), new NoSearchIndex(), NullLogger<DataFolderWriterLock>.Instance);
        var options1 = Microsoft.Extensions.Options.Options.Create(Options);
        Writes = new ReuseLedgerWrites(Ledger, Lock, options1, TimeProvider.System);
        Confirm = new ConfirmReuse(Assets, Ledger, Writes, new CandidateRights(new SqliteRightsStore(Database), TimeProvider.System), options1, new AuditLog(new SqliteAuditTrail(Database), TimeProvider.System), new SqliteUserAccounts(Database));
        Withdraw = new WithdrawReuse(Writes);
        Accounts = new SqliteUserAccounts(Database);
        Override = new OverrideGate(Writes, options1, Accounts);
        Reports = new ReuseReports(Ledger, Assets, options1, TimeProvider.System);
    }

    public ReuseOptions Options { get; }

    public SqliteDatabase Database { get; }

    public SqliteReuseLedger Ledger { get; }

    public SqliteUserAccounts Accounts { get; }

    public DataFolderWriterLock Lock { get; }

    public FakeAssets Assets { get; } = new();

    public ReuseLedgerWrites Writes { get; }

    public ConfirmReuse Confirm { get; }

    public WithdrawReuse Withdraw { get; }

    public OverrideGate Override { get; }

    public ReuseReports Reports { get; }

    /// <summary>TVC 30 s at 8,000 (240,000), three key visuals at 15,000 (45,000), ten notes at 3,000 (30,000): 315,000 CNY.</summary>
    public static ProjectBrief Brief(string code = Code, string client = "安稚", DateOnly? start = null) => new()
    {
        Code = code,
        Client = client,
        Industry = "母婴",
        Team = "上海二组",
        Producer = "王小明",
        PlannedStart = start ?? new DateOnly(2026, 7, 1),
        Target = new DimensionTarget("母婴", "夜醒", "焦虑", "新手爸爸"),
        RateCardVersion = "2026.1",
        Lines =
        [
            new DeliverableLine("tvc", "tvc-second", 30, 8000, RateUnit.Second, "新手爸爸半夜哄娃"),
            new DeliverableLine("kv", "key-visual", 3, 15000, RateUnit.Piece),
            new DeliverableLine("notes", "xhs-note", 10, 3000, RateUnit.Piece),
        ],
    };

    public async Task<ProjectState> RegisterAsync(ProjectBrief? brief = null)
    {
        brief ??= Brief();
        await Ledger.SaveBriefAsync(brief, "李策略", DateTimeOffset.UtcNow, _ => { }, CancellationToken.None);
        await Ledger.AppendAsync(brief.Code, s => GateLedger.WithGateDecision(s, [], Options.GateThreshold, "李策略", DateTimeOffset.UtcNow), CancellationToken.None);
        return (await Ledger.GetProjectAsync(brief.Code, CancellationToken.None))!;
    }

    public Task<ReuseChange> ConfirmAsync(string line, string key, int? shot = null, decimal? share = null, string who = "李策略", string code = Code) =>
        Confirm.ConfirmAsync(new ConfirmReuseRequest(code, line, key, shot, null, null, share, who), null, CancellationToken.None);

    public void Dispose()
    {
        Lock.Dispose();
        Database.Dispose();
    }
}
