namespace AssetBank.Extraction.Tables;

/// <summary>
/// What a workbook may still cost: rows (<see cref="ExtractionOptions.MaxRows"/>) and materialised cells
/// (<see cref="ExtractionOptions.MaxCells"/>), a row costing its width up to its last non-empty cell. Shared by all
/// sheets of one workbook, and taken from as rows are read, so the check happens while streaming.
/// </summary>
internal sealed class SheetBudget
{
    private int _rows;
    private long _cells;

    public SheetBudget(int rows, int cells)
    {
        _rows = rows;
        _cells = cells;
    }

    public bool Exhausted => _rows <= 0 || _cells <= 0;

    /// <summary>Takes one row of <paramref name="width"/> cells; false (and the budget closed) when it does not fit.</summary>
    public bool TryTake(int width)
    {
        if (_rows <= 0 || width > _cells)
        {
            _cells = 0;
            return false;
        }

        _rows--;
        _cells -= width;
        return true;
    }

    /// <summary>Takes cells that add no row (a merged range filled); false, leaving the budget as it was, when they do not fit.</summary>
    public bool TryTakeCells(int cells)
    {
        if (cells > _cells)
        {
            return false;
        }

        _cells -= cells;
        return true;
    }
}
