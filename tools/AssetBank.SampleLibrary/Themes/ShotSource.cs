namespace AssetBank.SampleLibrary.Themes;

/// <summary>The ffmpeg lavfi source a shot is drawn from.</summary>
internal enum ShotSource
{
    TestSrc2,
    Mandelbrot,
    SmpteHdBars,
    Color,
    Gradients,
    Life,
    CellAuto,
    Plasma,
    Sierpinski,
    RgbTestSrc,
}
