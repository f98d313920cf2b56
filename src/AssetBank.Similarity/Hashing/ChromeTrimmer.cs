namespace AssetBank.Similarity.Hashing;

/// <summary>
/// Finds the picture inside a screenshot's chrome (title bar, side panel, the page around it) as well as inside
/// borders and letterboxes: like <see cref="BorderTrimmer"/>, but in passes, each side against the tone it meets at
/// that pass, looking past the ringing line along a band's edge. Used for queries only (their centre hashes and
/// dense-alignment thumbnail): a reference keeps <see cref="BorderTrimmer"/>'s content, so stored fingerprints stay valid.
/// </summary>
internal static class ChromeTrimmer
{
    private const float Tolerance = 12f;

    /// <summary>Most passes round the four sides: each pass can uncover a band of another tone behind the last.</summary>
    private const int MaxPasses = 4;

    /// <summary>
    /// Rows or columns a flat band may be hidden behind: JPEG rings for a pixel or two along a sharp chrome edge, so
    /// the row next to a title bar is not flat although the page behind it is.
    /// </summary>
    private const int Lookahead = 4;

    /// <summary>The content rectangle; the whole picture when nothing uniform surrounds it or too little would remain.</summary>
    /// <remarks>
    /// Sides are trimmed in passes, each against the tone it meets at that pass: a screenshot's chrome (a title bar,
    /// a side panel, the page around the picture) is several flat bands of different tones, one behind the other.
    /// </remarks>
    public static PixelRect Trim(GrayPicture picture)
    {
        int top = 0, bottom = picture.Height - 1, left = 0, right = picture.Width - 1;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var before = (top, bottom, left, right);
            var tone = RowTone(picture, top, 1, left, right);
            while (top < bottom && Enumerable.Range(0, Lookahead + 1).Any(k => top + k < bottom && RowIsFlat(picture, top + k, left, right, tone)))
            {
                top++;
            }

            tone = RowTone(picture, bottom, -1, left, right);
            while (bottom > top && Enumerable.Range(0, Lookahead + 1).Any(k => bottom - k > top && RowIsFlat(picture, bottom - k, left, right, tone)))
            {
                bottom--;
            }

            tone = ColumnTone(picture, left, 1, top, bottom);
            while (left < right && Enumerable.Range(0, Lookahead + 1).Any(k => left + k < right && ColumnIsFlat(picture, left + k, top, bottom, tone)))
            {
                left++;
            }

            tone = ColumnTone(picture, right, -1, top, bottom);
            while (right > left && Enumerable.Range(0, Lookahead + 1).Any(k => right - k > left && ColumnIsFlat(picture, right - k, top, bottom, tone)))
            {
                right--;
            }

            if (before == (top, bottom, left, right))
            {
                break;
            }
        }

        var width = right - left + 1;
        var height = bottom - top + 1;
        return width < picture.Width / 4 || height < picture.Height / 4 || width < 8 || height < 8
            ? new PixelRect(0, 0, picture.Width, picture.Height)
            : new PixelRect(left, top, width, height);
    }

    /// <summary>
    /// The tone a side is trimmed against in a pass: the median of the first of its outermost rows that starts a flat
    /// band (it and the next row flat around that median), skipping the ringing line along the edge the last pass
    /// stopped at, which is flat on its own.
    /// </summary>
    private static float RowTone(GrayPicture picture, int y, int step, int left, int right)
    {
        for (var k = 0; k <= Lookahead; k++)
        {
            var row = y + (k * step);
            var next = row + step;
            if (next >= 0 && next < picture.Height && row >= 0 && row < picture.Height
                && RowMedian(picture, row, left, right) is var median && RowIsFlat(picture, row, left, right, median) && RowIsFlat(picture, next, left, right, median))
            {
                return median;
            }
        }

        return picture[left, y];
    }

    private static float ColumnTone(GrayPicture picture, int x, int step, int top, int bottom)
    {
        for (var k = 0; k <= Lookahead; k++)
        {
            var column = x + (k * step);
            var next = column + step;
            if (next >= 0 && next < picture.Width && column >= 0 && column < picture.Width
                && ColumnMedian(picture, column, top, bottom) is var median && ColumnIsFlat(picture, column, top, bottom, median) && ColumnIsFlat(picture, next, top, bottom, median))
            {
                return median;
            }
        }

        return picture[x, top];
    }

    private static float RowMedian(GrayPicture picture, int y, int left, int right)
    {
        var values = new float[right - left + 1];
        for (var x = left; x <= right; x++)
        {
            values[x - left] = picture[x, y];
        }

        Array.Sort(values);
        return values[values.Length / 2];
    }

    private static float ColumnMedian(GrayPicture picture, int x, int top, int bottom)
    {
        var values = new float[bottom - top + 1];
        for (var y = top; y <= bottom; y++)
        {
            values[y - top] = picture[x, y];
        }

        Array.Sort(values);
        return values[values.Length / 2];
    }

    private static bool RowIsFlat(GrayPicture picture, int y, int left, int right, float edge)
    {
        var allowed = AllowedOutliers(right - left + 1);
        for (var x = left; x <= right; x++)
        {
            if (Math.Abs(picture[x, y] - edge) > Tolerance && --allowed < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ColumnIsFlat(GrayPicture picture, int x, int top, int bottom, float edge)
    {
        var allowed = AllowedOutliers(bottom - top + 1);
        for (var y = top; y <= bottom; y++)
        {
            if (Math.Abs(picture[x, y] - edge) > Tolerance && --allowed < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Pixels a flat row or column may miss the tone by: where it crosses the ringing line along another band's edge
    /// (a column of a side panel crossing the title bar's lower edge) — a few pixels, never a picture's worth.
    /// </summary>
    private static int AllowedOutliers(int length) => Math.Max(Lookahead, length / 100);
}
