using AssetBank.Application.Accounts;
using AssetBank.Core.Accounts;
using AssetBank.Core.Errors;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages.Admin;

/// <summary>用户: accounts, add one (the generated password is shown once), disable and enable, the recent audit trail.</summary>
public sealed class UsersModel(ManageUsers manage, AuditLog audit) : PageModel
{
    public IReadOnlyList<UserAccount> Users { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    public string? Problem { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string name, string role, string? displayName, CancellationToken cancellationToken)
    {
        try
        {
            if (!UserRoleNames.TryParse(role, out var parsed))
            {
                throw new RequestRejectedException($"角色 '{role}'", "is not strategist, producer, leadership or admin");
            }

            var created = await manage.AddAsync(new NewUser(name, parsed, displayName, null), User.Who(), cancellationToken);
            Message = $"已创建 {created.Account.Name}，初始密码（只显示这一次）：{created.GeneratedPassword}";
        }
        catch (AssetBankException e)
        {
            Problem = e.Message;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostToggleAsync(string name, bool disable, CancellationToken cancellationToken)
    {
        try
        {
            await manage.SetDisabledAsync(name, disable, User.Who(), cancellationToken);
            Message = disable ? $"已停用 {name}" : $"已启用 {name}";
        }
        catch (AssetBankException e)
        {
            Problem = e.Message;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await manage.ListAsync(cancellationToken);
        Audit = await audit.ListAsync(50, null, cancellationToken);
    }
}
