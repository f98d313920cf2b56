using AssetBank.Application.Reuse;
using AssetBank.Core.Errors;
using AssetBank.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AssetBank.Web.Pages.Kickoff;

/// <summary>立项复用: the projects and their gate, and the brief form that registers a project and proposes reuse.</summary>
public sealed class IndexModel(ProjectQueries projects, KickoffProject kickoff) : PageModel
{
    public const string ExampleBrief = """
        code: DEMO-2026-NIGHT
        name: 恒温暖奶器 夜醒季
        client: 安稚
        team: 上海二组
        start: 2026-07-01
        end: 2026-09-30
        target: { industry: 母婴, scenario: 夜醒, emotion: 焦虑, relationship: 新手爸爸 }
        lines:
          - { id: tvc, kind: tvc-second, quantity: 30, description: 新手爸爸半夜哄娃 }
          - { id: kv, kind: key-visual, quantity: 3 }
          - { id: notes, kind: xhs-note, quantity: 10 }
        """;

    public IReadOnlyList<ProjectSummary> Projects { get; private set; } = [];

    [BindProperty]
    public string Brief { get; set; } = ExampleBrief;

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Projects = await projects.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!User.Can(Policies.Kickoff))
        {
            return Forbid();
        }

        try
        {
            var report = await kickoff.RunTextAsync("brief.yaml", Brief, User.Who(), null, cancellationToken);
            return Redirect($"/kickoff/{Uri.EscapeDataString(report.Project.Brief.Code)}");
        }
        catch (AssetBankException e)
        {
            Problem = e.Message;
            Projects = await projects.ListAsync(cancellationToken);
            return Page();
        }
    }
}
