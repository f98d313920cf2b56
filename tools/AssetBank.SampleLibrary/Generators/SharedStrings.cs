using DocumentFormat.OpenXml.Spreadsheet;

namespace AssetBank.SampleLibrary.Generators;

/// <summary>The workbook's shared-string table, each distinct text stored once.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

    public SharedStringTable Table { get; } = new();

    public int Index(string text)
    {
        if (!_indexes.TryGetValue(text, out var index))
        {
            index = _indexes.Count;
            _indexes.Add(text, index);
            Table.Append(new SharedStringItem(new Text(text)));
        }

        return index;
    }
}
