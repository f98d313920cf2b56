using System.Text;
using AssetBank.Core.Extraction;

namespace AssetBank.Extraction.TextFiles;

/// <summary>
/// Groups paragraphs under their heading into <see cref="TextSection"/>s, splitting long runs so a section stays
/// snippet-sized, and stops at the asset's text limit.
/// </summary>
internal sealed class SectionBuilder
{
    /// <summary>A section grows to about this many characters before the next paragraph starts a new one.</summary>
    public const int TargetSectionChars = 4000;

    private readonly List<TextSection> _sections = [];
    private readonly StringBuilder _text = new();
    private readonly int _maxChars;
    private string? _heading;
    private string? _headingLocation;
    private string? _location;
    private bool _headingUsed = true;
    private long _chars;

    public SectionBuilder(int maxChars)
    {
        _maxChars = maxChars;
    }

    /// <summary>The document title; a heading equal to it is not repeated as a section of its own.</summary>
    public string? Title { get; set; }

    /// <summary>True once the text limit was reached and text was dropped.</summary>
    public bool Truncated { get; private set; }

    public void StartHeading(string heading, string location)
    {
        Flush();
        EmitBareHeading();
        _heading = heading.Trim();
        _headingLocation = location;
        _headingUsed = false;
    }

    public void AddParagraph(string text, string location)
    {
        text = text.Trim();
        if (text.Length == 0 || Truncated)
        {
            return;
        }

        var room = _maxChars - _chars;
        if (text.Length > room)
        {
            Truncated = true;
            if (room <= 0)
            {
                return;
            }

            text = text[..(int)room];
        }

        if (_text.Length > 0 && _text.Length + text.Length > TargetSectionChars)
        {
            Flush();
        }

        if (_text.Length == 0)
        {
            _location = location;
        }
        else
        {
            _text.Append('\n');
        }

        _text.Append(text);
        _chars += text.Length;
        _headingUsed = true;
    }

    /// <summary>Adds a section as is (a slide, a page), with the heading it names.</summary>
    public void AddSection(string? heading, string text, string location)
    {
        Flush();
        EmitBareHeading();
        _heading = heading;
        _headingUsed = true;
        AddParagraph(text, location);
        Flush();
        _heading = null;
    }

    public IReadOnlyList<TextSection> Build()
    {
        Flush();
        EmitBareHeading();
        return [.. _sections];
    }

    private void Flush()
    {
        if (_text.Length > 0)
        {
            _sections.Add(new TextSection(_heading, _text.ToString(), _location));
            _text.Clear();
        }
    }

    /// <summary>A heading with nothing under it keeps its words as a section of its own (unless it is the title).</summary>
    private void EmitBareHeading()
    {
        if (!_headingUsed && _heading is { Length: > 0 } heading && !string.Equals(heading, Title, StringComparison.Ordinal) && !Truncated)
        {
            _sections.Add(new TextSection(heading, heading, _headingLocation));
            _chars += heading.Length;
        }

        _headingUsed = true;
    }
}
