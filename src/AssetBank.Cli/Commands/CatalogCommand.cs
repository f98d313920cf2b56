using System.CommandLine;
using AssetBank.Application.CatalogMigration;
using AssetBank.Core.CatalogMigration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank catalog migrate --to "Host=…"</c>: the embedded catalog into PostgreSQL, verified per table.</summary>
internal static class CatalogCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to")
        {
            Description = "目标 PostgreSQL 连接串 / target PostgreSQL connection string, e.g. \"Host=db;Username=assetbank;Password=…;Database=assetbank\"",
            Required = true,
        };
        var migrate = new Command("migrate", "把嵌入式目录库复制到空的 PostgreSQL 数据库并逐表校验 / copy the embedded catalog into an empty PostgreSQL database, verified table by table") { to };
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var progress = new SynchronousProgress(p =>
            {
                if (p.Copied == p.Total)
                {
                    Console.Error.WriteLine($"  {p.Table}: {p.Copied:N0} 行已复制 (rows copied)");
                }
            });
            var report = await services.GetRequiredService<MigrateCatalog>().MigrateAsync(parse.GetValue(to)!, progress, CliContext.Waiting, cancellationToken);
            var table = new Table().AddColumns("表 (table)", "源行数 (source rows)", "目标行数 (target rows)", "源校验和 (source checksum)", "目标校验和 (target checksum)", "一致 (match)");
            foreach (var copy in report.Tables)
            {
                table.AddRow(
                    Markup.Escape(copy.Table),
                    copy.SourceRows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    copy.TargetRows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    copy.SourceChecksum,
                    copy.TargetChecksum,
                    copy.Matches ? "[green]✓[/]" : "[red]✗[/]");
            }

            AnsiConsole.Write(table);
            if (!report.Verified)
            {
                AnsiConsole.MarkupLine($"[red]校验失败[/] (verification failed): {Markup.Escape(string.Join(", ", report.Tables.Where(t => !t.Matches).Select(t => t.Table)))} differ between {Markup.Escape(report.Source)} and {Markup.Escape(report.Target)}");
                return 1;
            }

            AnsiConsole.MarkupLine($"已迁移并校验 (migrated and verified): {Markup.Escape(report.Source)} → {Markup.Escape(report.Target)}; 之后用 --set Catalog:Provider=Postgres --set Catalog:Postgres:ConnectionString=… 使用它 (then point the bank at it)");
            return 0;
        });
        return new Command("catalog", "目录库管理 / catalog administration") { migrate };
    }

    private sealed class SynchronousProgress(Action<CatalogMigrationProgress> report) : IProgress<CatalogMigrationProgress>
    {
        public void Report(CatalogMigrationProgress value) => report(value);
    }
}
