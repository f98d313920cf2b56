namespace AssetBank.Extraction;

/// <summary>Collects the warnings of one extraction, keeping at most a configured number and counting the rest.</summary>
internal sealed class WarningList
{
    private readonly List<string> _warnings = [];
    private readonly int _max;
    private int _dropped;

    public WarningList(int max)
    {
        _max = max;
    }

    public void Add(string warning)
    {
        if (_warnings.Count < _max)
        {
            _warnings.Add(warning);
        }
        else
        {
            _dropped++;
        }
    }

    public IReadOnlyList<string> ToList() =>
        _dropped == 0 ? [.. _warnings] : [.. _warnings, $"{_dropped} more warnings not shown"];
}
