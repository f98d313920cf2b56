using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AssetBank.Web.Browser.Tests;

/// <summary>
/// A fresh bank in a temporary folder, its accounts made with the CLI, and the web app running on a free loopback
/// port as its own process — what <c>./run.sh</c> does, minus the sample library.
/// </summary>
public sealed class RunningBank : IAsyncLifetime
{
    public const string Password = "browser-test-pass-1";

    private readonly StringBuilder _log = new();
    private Process? _web;

    public string Folder { get; } = Directory.CreateTempSubdirectory("assetbank-browser-").FullName;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The automation key the seeding uses; people sign in through the login page.</summary>
    public string ApiKey { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Files made for the tests (a two-scene video, a copy text), outside the bank.</summary>
    public string Media => Path.Combine(Folder, "media");

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "AssetBank.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("AssetBank.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Release or Debug, whichever this test assembly was built as; the app was built the same way.</summary>
    private static string Configuration => new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    public async Task InitializeAsync()
    {
        foreach (var (name, role) in new[] { ("chen.producer", "producer"), ("li.strategist", "strategist"), ("zhang.lead", "leadership"), ("wang.admin", "admin") })
        {
            await RunCliAsync(["users", "add", name, "--role", role, "--password-stdin", "--data", Folder], Password);
        }

        // A licensed stock library with one picture; the seed below uploads an edited copy of it, which must raise an alarm.
        var references = Path.Combine(Folder, "references");
        Directory.CreateDirectory(references);
        await MediaFiles.PictureAsync(Path.Combine(references, "vcg-000123.png"));
        await RunCliAsync(["reference", "import", references, "--name", "视觉中国", "--licence", "RF, contract 2025-031", "--data", Folder], string.Empty);

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var dll = Path.Combine(RepositoryRoot, "src", "AssetBank.Web", "bin", Configuration, "net10.0", "AssetBank.Web.dll");
        _web = Start("dotnet", [dll, "--data", Folder, "--urls", BaseUrl], environment: new() { ["Api__Keys__0"] = ApiKey, ["Accounts__SignInAttemptsPerMinute"] = "1000" });
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    await SeedAsync();
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (_web.HasExited)
            {
                break;
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException("the web app did not start:\n" + Log);
    }

    public async Task DisposeAsync()
    {
        if (_web is { HasExited: false })
        {
            _web.Kill(entireProcessTree: true);
            await _web.WaitForExitAsync();
        }

        _web?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still held by a dying process; the temp folder is cleaned later
        }
    }

    /// <summary>A two-scene video and a copy text, uploaded through the API as automation would.</summary>
    private async Task SeedAsync()
    {
        Directory.CreateDirectory(Media);
        var video = Path.Combine(Media, "夜醒哄娃.mp4");
        await MediaFiles.TwoSceneVideoAsync(video);
        var edited = Path.Combine(Media, "AI海报.jpg");
        await MediaFiles.PictureAsync(edited, "crop=576:324:0:0,scale=640:360,eq=brightness=0.06");
        var copy = Path.Combine(Media, "夜醒文案.txt");
        await File.WriteAllTextAsync(copy, "新手爸爸半夜哄娃，宝宝夜醒哭闹，凌晨三点的焦虑。恒温暖奶器让爸爸也能从容冲奶。");
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        foreach (var file in new[] { video, edited, copy })
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent("安稚"), "client" },
                { new StringContent("夜醒季"), "project" },
                { new StringContent("抖音"), "channel" },
            };
            var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
            content.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = Path.GetFileName(file) };
            form.Add(content);
            var answer = await http.PostAsync("/api/uploads", form);
            var body = await answer.Content.ReadAsStringAsync();
            if (!answer.IsSuccessStatusCode || !body.Contains("\"Processed\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"seeding {file} failed: {(int)answer.StatusCode} {body}\n{Log}");
            }
        }
    }

    private async Task RunCliAsync(string[] arguments, string input)
    {
        var cli = Path.Combine(RepositoryRoot, "src", "AssetBank.Cli", "bin", Configuration, "net10.0", "assetbank.dll");
        using var process = Start("dotnet", [cli, .. arguments], redirectInput: true);
        await process.StandardInput.WriteLineAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        // The synchronous wait also drains the redirected output into the log.
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{cli} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{Log}");
        }
    }

    private Process Start(string file, string[] arguments, bool redirectInput = false, Dictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            WorkingDirectory = Folder,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? [])
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
