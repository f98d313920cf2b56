using Microsoft.Playwright;

namespace AssetBank.Web.Browser.Tests;

/// <summary>The running bank plus one headless Debian chromium, shared by the journeys.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public RunningBank Bank { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Bank.InitializeAsync();
        // Generous waits: CI shares two cores with everything else; a journey still fails when a thing never appears.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ASSETBANK_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) signed in as <paramref name="name"/>.</summary>
    public async Task<IPage> SignInAsync(string name)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Bank.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=name]", name);
        await page.FillAsync("input[name=password]", RunningBank.Password);
        await page.ClickAsync("button[type=submit]");
        // Signed in once the landing page's navigation commits; every journey then goes to its own page and waits for
        // what it needs there, so a landing page still loading its charts on a busy machine does not fail the sign-in.
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        return page;
    }

    /// <summary>Runs a journey; on failure saves a screenshot under TestResults/screenshots and the app's log beside it.</summary>
    public async Task JourneyAsync(string name, IPage page, Func<Task> journey)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(journey);
        try
        {
            await journey();
        }
        catch
        {
            var folder = Path.Combine(RunningBank.RepositoryRoot, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".log"), Bank.Log);
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Bank.DisposeAsync();
    }
}
