using System.CommandLine;
using System.Globalization;
using AssetBank.Core.Assets;
using AssetBank.Application.Ingesting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

internal static class UploadCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "要上传的本地文件或文件夹（递归，保留目录结构）/ local files or folders (walked, keeping their layout)", Arity = ArgumentArity.OneOrMore };
        var client = new Option<string?>("--client") { Description = "客户 / client" };
        var project = new Option<string?>("--project") { Description = "项目 / project" };
        var channel = new Option<string?>("--channel") { Description = "渠道：TVC、小红书、抖音、微博、平面… / channel" };
        var producer = new Option<string?>("--producer") { Description = "制作人 / producer" };
        var created = new Option<string?>("--created") { Description = "创作日期 yyyy-MM-dd / created date" };
        var license = new Option<string?>("--license", "--licence") { Description = "授权 / licence or rights" };
        var title = new Option<string?>("--title") { Description = "标题（默认文件名）/ title (default: each file's name)" };
        var description = new Option<string?>("--description") { Description = "描述，可检索 / a description, searchable" };
        var aiGenerated = new Option<bool>("--ai-generated") { Description = "AI 生成内容 / the work is AI-generated" };
        var prefix = new Option<string?>("--prefix") { Description = "目标前缀（默认 客户/项目）/ target key prefix (default client/project)" };
        var rights = RightsOptions.ForUpload();
        var command = new Command("upload", "上传成品并入库 / upload finished work with its metadata, then ingest it")
        {
            files, client, project, channel, producer, created, license, aiGenerated, prefix, title, description,
        };
        foreach (var option in rights.All)
        {
            command.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly? createdDate = null;
            if (parse.GetValue(created) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    await Console.Error.WriteLineAsync($"错误：--created '{text}' 不是 yyyy-MM-dd 格式的日期 (not a yyyy-MM-dd date)");
                    return 2;
                }

                createdDate = date;
            }

            var metadata = new AssetMetadata(
                parse.GetValue(client),
                parse.GetValue(project),
                parse.GetValue(channel),
                parse.GetValue(producer),
                createdDate,
                parse.GetValue(aiGenerated),
                parse.GetValue(license),
                Title: Clean(parse.GetValue(title)),
                Description: Clean(parse.GetValue(description)));
            await using var services = CliContext.BuildServices(parse);
            var upload = services.GetRequiredService<UploadAssets>();
            var paths = parse.GetValue(files) ?? [];
            var stored = 0;
            var uploads = new SyncProgress<UploadProgress>(p =>
            {
                if (p.Problem is { } problem)
                {
                    Console.Error.WriteLine($"[{p.Uploaded}/{p.Total}] 拒绝 (refused) {TerminalText.Escape(p.LastKey)}: {TerminalText.Escape(problem)}");
                    return;
                }

                stored++;
                Console.Error.WriteLine($"[{p.Uploaded}/{p.Total}] 已上传 {TerminalText.Escape(p.LastKey)}");
            });
            var report = await ConsoleProgress.RunAsync(progress =>
                upload.UploadAsync(paths, parse.GetValue(prefix), metadata, rights.Read(parse), uploads, progress, CliContext.Waiting, cancellationToken));
            ReportPrinter.PrintIngestion(report);
            AnsiConsole.MarkupLine($"[green]已上传 {stored} 个文件[/] · 入库 {report.Processed} · 未变化 {report.Unchanged} · [red]失败或拒绝 {report.Failed}[/] (uploaded, processed, unchanged, failed or refused)");
            return report.Failed > 0 ? 1 : 0;
        });
        return command;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
