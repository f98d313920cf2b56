using AssetBank.Application.Accounts;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace AssetBank.Web.Pages;

[EnableRateLimiting(WebSecurityServiceCollectionExtensions.SignInRateLimit)]
public sealed class LoginModel(SignIn signIn) : PageModel
{
    public string? Refusal { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Name { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? name, string? password, CancellationToken cancellationToken)
    {
        Name = name;
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password))
        {
            Refusal = "请输入用户名和密码 (enter a name and a password)";
            return Page();
        }

        var outcome = await signIn.CheckAsync(name, password, cancellationToken);
        if (!outcome.Succeeded)
        {
            Refusal = outcome.Refusal;
            return Page();
        }

        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            UserClaims.For(outcome.Account!, CookieAuthenticationDefaults.AuthenticationScheme),
            new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
