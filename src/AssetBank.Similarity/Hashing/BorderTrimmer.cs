namespace AssetBank.Similarity.Hashing;

/// <summary>
/// Finds the content of a picture inside uniform borders, letterbox and pillarbox bars: whole rows and columns
/// whose pixels barely vary and match the edge's tone are trimmed from each side.
/// </summary>
internal static class BorderTrimmer
{
    private const float Tolerance = 12f;

    /// <summary>The content rectangle; the whole picture when nothing uniform surrounds it or too little would remain.</summary>
    public static PixelRect Trim(GrayPicture picture)
    {
        var top = 0;
        while (top < picture.Height - 1 && RowIsFlat(picture, top, picture[0, 0]))
        {
            top++;
        }

        var bottom = picture.Height - 1;
        while (bottom > top && RowIsFlat(picture, bottom, picture[0, picture.Height - 1]))
        {
            bottom--;
        }

        var left = 0;
        while (left < picture.Width - 1 && ColumnIsFlat(picture, left, top, bottom, picture[0, top]))
        {
            left++;
        }

        var right = picture.Width - 1;
        while (right > left && ColumnIsFlat(picture, right, top, bottom, picture[picture.Width - 1, top]))
        {
            right--;
        }

        var width = right - left + 1;
        var height = bottom - top + 1;
        return width < picture.Width / 4 || height < picture.Height / 4 || width < 8 || height < 8
            ? new PixelRect(0, 0, picture.Width, picture.Height)
            : new PixelRect(left, top, width, height);
    }

    private static bool RowIsFlat(GrayPicture picture, int y, float edge)
    {
        for (var x = 0; x < picture.Width; x++)
        {
            if (Math.Abs(picture[x, y] - edge) > Tolerance)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ColumnIsFlat(GrayPicture picture, int x, int top, int bottom, float edge)
    {
        for (var y = top; y <= bottom; y++)
        {
            if (Math.Abs(picture[x, y] - edge) > Tolerance)
            {
                return false;
            }
        }

        return true;
    }
}
