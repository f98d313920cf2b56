using System.Globalization;
using AssetBank.Application.Reuse;
using AssetBank.Core.Reuse;
using Spectre.Console;

namespace AssetBank.Cli;

/// <summary>How the reuse commands show money, shares, gate outcomes and ledger changes.</summary>
internal static class ReusePrinter
{
    public static string Safe(string? text) => Markup.Escape(TerminalText.Escape(text ?? string.Empty));

    public static string Money(decimal cny) => "¥" + cny.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Percent(decimal share) => ProjectState.Percent(share);

    public static string Outcome(GateOutcome outcome) => outcome switch
    {
        GateOutcome.Passed => "[green]通过 (passed)[/]",
        GateOutcome.Overridden => "[yellow]豁免放行 (overridden)[/]",
        _ => "[red]未通过 (blocked)[/]",
    };

    public static void Rates(ReuseRates rates, decimal threshold, GateOutcome outcome)
    {
        AnsiConsole.MarkupLine(
            $"已确认复用率 (confirmed, cost-weighted) [bold]{Percent(rates.CostWeighted)}[/]  ·  按条目计 (count-based) {Percent(rates.CountBased)}  ·  " +
            $"{Money(rates.ReusedCost)} / {Money(rates.PlannedCost)}  ·  门槛 (gate) {Percent(threshold)}: {Outcome(outcome)}");
    }

    public static void Change(ReuseChange change, decimal threshold)
    {
        var entry = change.Entry;
        AnsiConsole.MarkupLine(
            $"[green]已记入台账[/] (ledger entry {entry.Id.ToString(CultureInfo.InvariantCulture)}): {entry.Action} · {Safe(entry.LineId ?? string.Empty)} {Safe(entry.AssetKey)} {Safe(entry.Before)} → {Safe(entry.After)}");
        if (change.GateChange is { } gate)
        {
            AnsiConsole.MarkupLine($"门槛判定变更 (gate decision recorded): {Safe(gate)}");
        }

        Rates(change.Rates, threshold, change.Outcome);
    }
}
