using System.CommandLine;
using AssetBank.Application.Accounts;
using AssetBank.Core.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AssetBank.Cli.Commands;

/// <summary><c>assetbank users …</c>: local accounts for the web app (add, list, role, password, disable, enable).</summary>
internal static class UsersCommand
{
    private static readonly string Who = "cli:" + Environment.UserName;

    public static Command Create()
    {
        var command = new Command("users", "网页版账号管理 / manage the web app's accounts")
        {
            Add(), List(), Role(), Password(), Toggle("disable", disabled: true), Toggle("enable", disabled: false),
        };
        return command;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "用户名 / sign-in name" };
        var role = RoleOption();
        role.Required = true;
        var display = new Option<string?>("--display-name") { Description = "显示名 / display name" };
        var stdin = new Option<bool>("--password-stdin") { Description = "从标准输入读取密码（否则生成并只显示一次）/ read the password from stdin (otherwise one is generated and shown once)" };
        var command = new Command("add", "新建账号 / add an account") { name, role, display, stdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!UserRoleNames.TryParse(parse.GetValue(role), out var parsed))
            {
                return await UnknownRoleAsync(parse.GetValue(role));
            }

            var password = parse.GetValue(stdin) ? (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n') : null;
            await using var services = CliContext.BuildServices(parse);
            var created = await services.GetRequiredService<ManageUsers>()
                .AddAsync(new NewUser(parse.GetValue(name)!, parsed, parse.GetValue(display), password), Who, cancellationToken);
            AnsiConsole.MarkupLine($"[green]已创建账号[/] {Markup.Escape(created.Account.Name)} ({UserRoleNames.Chinese(parsed)} / {UserRoleNames.Wire(parsed)})");
            if (created.GeneratedPassword is { } generated)
            {
                // Printed once, to stdout only, so a script can capture it; it is not stored anywhere in clear.
                Console.WriteLine($"初始密码 (initial password, shown once): {generated}");
            }

            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "列出账号 / list accounts");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var users = await services.GetRequiredService<ManageUsers>().ListAsync(cancellationToken);
            var table = new Table().AddColumns("用户名", "显示名", "角色", "状态", "最近登录");
            foreach (var user in users)
            {
                var state = user.Disabled ? "已停用" : user.LockedUntil > DateTimeOffset.UtcNow ? "已锁定" : "正常";
                table.AddRow(
                    Markup.Escape(user.Name),
                    Markup.Escape(TerminalText.Escape(user.DisplayName)),
                    $"{UserRoleNames.Chinese(user.Role)} ({UserRoleNames.Wire(user.Role)})",
                    state,
                    user.LastSignInAt?.ToLocalTime().ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "—");
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"共 {users.Count} 个账号");
            return 0;
        });
        return command;
    }

    private static Command Role()
    {
        var name = new Argument<string>("name") { Description = "用户名 / sign-in name" };
        var role = new Argument<string>("role") { Description = "strategist|producer|leadership|admin（策略|制作|管理层|管理员）" };
        var command = new Command("role", "修改角色 / change an account's role") { name, role };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!UserRoleNames.TryParse(parse.GetValue(role), out var parsed))
            {
                return await UnknownRoleAsync(parse.GetValue(role));
            }

            await using var services = CliContext.BuildServices(parse);
            var user = await services.GetRequiredService<ManageUsers>().SetRoleAsync(parse.GetValue(name)!, parsed, Who, cancellationToken);
            AnsiConsole.MarkupLine($"[green]已修改[/] {Markup.Escape(user.Name)} → {UserRoleNames.Chinese(parsed)}");
            return 0;
        });
        return command;
    }

    private static Command Password()
    {
        var name = new Argument<string>("name") { Description = "用户名 / sign-in name" };
        var stdin = new Option<bool>("--password-stdin") { Description = "从标准输入读取新密码（否则生成）/ read the new password from stdin (otherwise one is generated)" };
        var command = new Command("reset-password", "重置密码并解除锁定 / set a new password and lift a lockout") { name, stdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var password = parse.GetValue(stdin) ? (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n') : null;
            await using var services = CliContext.BuildServices(parse);
            var generated = await services.GetRequiredService<ManageUsers>().ResetPasswordAsync(parse.GetValue(name)!, password, Who, cancellationToken);
            AnsiConsole.MarkupLine("[green]密码已重置[/] (password reset)");
            if (generated is not null)
            {
                Console.WriteLine($"新密码 (new password, shown once): {generated}");
            }

            return 0;
        });
        return command;
    }

    private static Command Toggle(string verb, bool disabled)
    {
        var name = new Argument<string>("name") { Description = "用户名 / sign-in name" };
        var command = new Command(verb, disabled ? "停用账号 / disable an account" : "启用账号 / enable an account") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliContext.BuildServices(parse);
            var user = await services.GetRequiredService<ManageUsers>().SetDisabledAsync(parse.GetValue(name)!, disabled, Who, cancellationToken);
            AnsiConsole.MarkupLine($"[green]{(disabled ? "已停用" : "已启用")}[/] {Markup.Escape(user.Name)}");
            return 0;
        });
        return command;
    }

    private static Option<string> RoleOption() =>
        new("--role") { Description = "strategist|producer|leadership|admin（策略|制作|管理层|管理员）" };

    private static async Task<int> UnknownRoleAsync(string? text)
    {
        await Console.Error.WriteLineAsync($"错误：未知角色 '{TerminalText.Escape(text ?? string.Empty)}' (unknown role; use strategist, producer, leadership or admin)");
        return 2;
    }
}
