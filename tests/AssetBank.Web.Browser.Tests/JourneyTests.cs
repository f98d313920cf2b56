using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AssetBank.Web.Browser.Tests;

/// <summary>Each role's main journey, in a real browser against the running app.</summary>
public sealed class JourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Strategist_searches_in_the_banks_own_style_and_plays_a_shot_from_its_time_code()
    {
        var page = await fixture.SignInAsync("li.strategist");
        await fixture.JourneyAsync(nameof(Strategist_searches_in_the_banks_own_style_and_plays_a_shot_from_its_time_code), page, async () =>
        {
            await page.FillAsync("input[name=q]", "夜醒哄娃");
            await page.PressAsync("input[name=q]", "Enter");
            await Expect(page.GetByTestId("interpretation")).ToContainTextAsync("理解为");
            var shotHit = page.GetByTestId("hit").Filter(new() { Has = page.GetByTestId("timecode") }).Last;
            await Expect(shotHit).ToBeVisibleAsync();
            var timecode = await shotHit.GetByTestId("timecode").InnerTextAsync();
            await shotHit.Locator(".title a").ClickAsync();

            var player = page.GetByTestId("player");
            await Expect(player).ToBeVisibleAsync();
            await page.WaitForFunctionAsync("() => document.getElementById('player').readyState >= 1");
            var start = double.Parse(await player.GetAttributeAsync("data-start") ?? "0", CultureInfo.InvariantCulture);
            var current = await page.EvaluateAsync<double>("() => document.getElementById('player').currentTime");
            Assert.True(current >= start - 0.1, $"the player starts at {current:0.00}s, the shot ({timecode}) at {start:0.00}s");
            await Expect(page.GetByTestId("shots").Locator("a.current")).ToHaveCountAsync(1);
        });
    }

    [Fact]
    public async Task Strategist_corrects_a_tag_and_the_edit_shows_with_who_made_it()
    {
        var page = await fixture.SignInAsync("li.strategist");
        await fixture.JourneyAsync(nameof(Strategist_corrects_a_tag_and_the_edit_shows_with_who_made_it), page, async () =>
        {
            await page.GotoAsync("/?q=" + Uri.EscapeDataString("夜醒文案"));
            await page.GetByTestId("hit").First.Locator(".title a").ClickAsync();
            var form = page.GetByTestId("tag-form");
            await form.Locator("select[name=dimension]").SelectOptionAsync("emotion");
            await form.Locator("input[name=term]").FillAsync("焦虑");
            await form.Locator("button").ClickAsync();
            await Expect(page.Locator(".success")).ToContainTextAsync("情绪:焦虑");
            await Expect(page.Locator("body")).ToContainTextAsync("li.strategist");
        });
    }

    [Fact]
    public async Task Producer_uploads_files_and_sees_each_ingested_then_searchable()
    {
        var page = await fixture.SignInAsync("chen.producer");
        await fixture.JourneyAsync(nameof(Producer_uploads_files_and_sees_each_ingested_then_searchable), page, async () =>
        {
            var text = Path.Combine(fixture.Bank.Media, "产品卖点.txt");
            await File.WriteAllTextAsync(text, "恒温暖奶器 三分钟冲好夜奶 新手妈妈 安心");
            var empty = Path.Combine(fixture.Bank.Media, "空白.txt");
            await File.WriteAllBytesAsync(empty, []);
            await page.GotoAsync("/upload");
            await page.FillAsync("input[name=client]", "安稚");
            await page.FillAsync("input[name=project]", "冲奶季");
            await page.SetInputFilesAsync("#pick-files", [text, empty]);
            var states = page.GetByTestId("upload-state");
            await Expect(states).ToHaveCountAsync(2);
            await Expect(states.Nth(0)).ToContainTextAsync("已入库", new() { Timeout = 60_000 });
            await Expect(states.Nth(1)).ToContainTextAsync("空文件", new() { Timeout = 60_000 });

            await states.Nth(0).Locator("a").ClickAsync();
            await Expect(page.GetByTestId("hit").First).ToContainTextAsync("产品卖点");
        });
    }

    [Fact]
    public async Task Kickoff_is_blocked_below_the_gate_until_leadership_overrides_it_with_a_reason_and_the_dashboard_charts_it()
    {
        var strategist = await fixture.SignInAsync("li.strategist");
        await fixture.JourneyAsync("kickoff-strategist", strategist, async () =>
        {
            await strategist.GotoAsync("/kickoff");
            await strategist.ClickAsync("button[type=submit] >> text=立项并查找可复用素材");
            await Expect(strategist.GetByTestId("verdict")).ToHaveTextAsync("未达标");
            await Expect(strategist.GetByTestId("confirmed-rate")).ToHaveTextAsync("0%");
            await Expect(strategist.GetByTestId("override")).ToHaveCountAsync(0);
        });

        var lead = await fixture.SignInAsync("zhang.lead");
        await fixture.JourneyAsync("kickoff-leadership", lead, async () =>
        {
            await lead.GotoAsync("/kickoff/DEMO-2026-NIGHT");
            await lead.GetByTestId("override-reason").FillAsync("客户要求本季全新拍摄");
            await lead.GetByTestId("override").ClickAsync();
            await Expect(lead.GetByTestId("verdict")).ToHaveTextAsync("已豁免");

            await lead.GotoAsync("/dashboard?by=client");
            await lead.WaitForFunctionAsync("() => document.body.dataset.chartsReady === 'true'");
            await Expect(lead.Locator("#trend canvas")).ToHaveCountAsync(1);
            await Expect(lead.Locator("#groups canvas")).ToHaveCountAsync(1);
            await Expect(lead.Locator("table").First).ToContainTextAsync("安稚");
            await Expect(lead.GetByTestId("open-alarms")).ToContainTextAsync("待审核");
        });
    }

    [Fact]
    public async Task Admin_sees_the_audit_trail_and_other_roles_cannot_open_the_admin_page()
    {
        var admin = await fixture.SignInAsync("wang.admin");
        await fixture.JourneyAsync("admin", admin, async () =>
        {
            await admin.GotoAsync("/admin/users");
            await Expect(admin.GetByTestId("audit")).ToContainTextAsync("sign-in");
        });

        var producer = await fixture.SignInAsync("chen.producer");
        await fixture.JourneyAsync("admin-denied", producer, async () =>
        {
            await producer.GotoAsync("/admin/users");
            await Expect(producer.Locator("h1")).ToHaveTextAsync("无权访问");
        });
    }

    [Fact]
    public async Task Leadership_reviews_a_copyright_alarm_side_by_side_and_approves_it_with_a_reason()
    {
        var lead = await fixture.SignInAsync("zhang.lead");
        await fixture.JourneyAsync("alarm", lead, async () =>
        {
            await lead.GotoAsync("/alarms");
            var alarm = lead.GetByTestId("alarm").Filter(new() { HasText = "AI海报" });
            await Expect(alarm).ToHaveCountAsync(1);
            await Expect(alarm).ToContainTextAsync("视觉中国");
            await Expect(alarm).ToContainTextAsync("RF, contract 2025-031");
            await Expect(alarm.Locator("img")).ToHaveCountAsync(2);
            await lead.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-testid=alarm] img')].every(i => i.complete && i.naturalWidth > 0)");
            await alarm.GetByTestId("reason").FillAsync("已购买视觉中国 RF 授权，合同 2025-031");
            await alarm.GetByTestId("approve").ClickAsync();
            await Expect(lead.GetByTestId("message")).ToContainTextAsync("已批准使用");
            await lead.GotoAsync("/alarms?status=approved");
            await Expect(lead.GetByTestId("alarm").Filter(new() { HasText = "AI海报" })).ToContainTextAsync("zhang.lead");
        });
    }

    [Fact]
    public async Task Strategist_adds_a_shot_from_the_search_page_to_a_collection_and_opens_it()
    {
        var page = await fixture.SignInAsync("li.strategist");
        await fixture.JourneyAsync(nameof(Strategist_adds_a_shot_from_the_search_page_to_a_collection_and_opens_it), page, async () =>
        {
            await page.GotoAsync("/collections");
            var create = page.GetByTestId("create-collection");
            await create.Locator("input[name=name]").FillAsync("夜醒候选");
            await create.Locator("button").ClickAsync();
            await Expect(page.GetByTestId("collection-name")).ToContainTextAsync("夜醒候选");

            await page.GotoAsync("/?q=" + Uri.EscapeDataString("夜醒哄娃"));
            var shotHit = page.GetByTestId("hit").Filter(new() { Has = page.GetByTestId("timecode") }).First;
            await Expect(shotHit).ToBeVisibleAsync();
            var collect = shotHit.GetByTestId("collect");
            await collect.Locator("select[name=collection]").SelectOptionAsync("夜醒候选");
            await collect.Locator("button").ClickAsync();

            await Expect(page.GetByTestId("collection-name")).ToContainTextAsync("夜醒候选");
            var item = page.GetByTestId("collection-item");
            await Expect(item).ToHaveCountAsync(1);
            await Expect(item.GetByTestId("timecode")).ToBeVisibleAsync();
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-testid=collection-item] img')].every(i => i.complete && i.naturalWidth > 0)");
            await Expect(page.GetByTestId("export-csv")).ToBeVisibleAsync();
        });
    }
}
