namespace AssetBank.Core.Extraction;

/// <summary>The text and structured items found inside a document, table or export.</summary>
public sealed record ExtractedContent
{
    /// <summary>The document's own title (first heading, docx title, note title), if any.</summary>
    public string? Title { get; init; }

    /// <summary>Text in reading order, with headings and locations kept for search snippets.</summary>
    public IReadOnlyList<TextSection> Sections { get; init; } = [];

    /// <summary>Items that are search results of their own: KOL rows, notes, comment threads.</summary>
    public IReadOnlyList<ExtractedItem> Items { get; init; } = [];

    /// <summary>The text encoding detected for plain-text input (UTF-8, UTF-16, GB18030).</summary>
    public string? Encoding { get; init; }

    /// <summary>Problems that did not stop extraction (a skipped row, an unreadable embedded image).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>All section text, title first, separated by blank lines.</summary>
    public string PlainText() =>
        string.Join("\n\n", new[] { Title }.Concat(Sections.Select(s => s.Text)).Where(t => !string.IsNullOrWhiteSpace(t)));
}
