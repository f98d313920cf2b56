using AssetBank.Application.Ingesting;
using Spectre.Console;

namespace AssetBank.Cli.Tests;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b[31mred", "\\x1b[31mred")]
    [InlineData("line\nbreak\r\ttab", "line\\nbreak\\r\\ttab")]
    [InlineData("nul\0bell\u0007del\u007f", "nul\\x00bell\\x07del\\x7f")]
    [InlineData("c1\u009b31m", "c1\\x9b31m")]
    [InlineData("evil\u202egpj.exe", "evil\\u202egpj.exe")]
    [InlineData("iso\u2066late\u2069 ls\u2028ps\u2029", "iso\\u2066late\\u2069 ls\\u2028ps\\u2029")]
    public void Controls_escape_sequences_and_bidi_overrides_become_visible_escapes(string raw, string shown)
    {
        Assert.Equal(shown, TerminalText.Escape(raw));
    }

    [Theory]
    [InlineData("客户/夜醒 视频.mp4")]
    [InlineData("emoji 😀 and [brackets]")]
    public void Ordinary_text_is_returned_unchanged(string text)
    {
        Assert.Same(text, TerminalText.Escape(text));
    }

    [Fact]
    public void The_failure_table_prints_no_escape_character_and_keeps_each_failure_on_its_row()
    {
        var writer = new StringWriter();
        var previous = AnsiConsole.Console;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Out = new AnsiConsoleOutput(writer) });
        try
        {
            ReportPrinter.PrintFailures([new IngestionFailure("a\u001b[31m\nb[x]", "r\u001b]0;title\u0007")]);
        }
        finally
        {
            AnsiConsole.Console = previous;
        }

        var output = writer.ToString();
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.Contains("a\\x1b[31m\\nb[x]", output, StringComparison.Ordinal);
        Assert.Contains("r\\x1b]0;title\\x07", output, StringComparison.Ordinal);
    }
}
