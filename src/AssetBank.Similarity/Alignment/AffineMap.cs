namespace AssetBank.Similarity.Alignment;

/// <summary>x′ = A·x + B·y + C, y′ = D·x + E·y + F.</summary>
internal readonly record struct AffineMap(double A, double B, double C, double D, double E, double F)
{
    public static AffineMap Identity { get; } = new(1, 0, 0, 0, 1, 0);

    public double Determinant => (A * E) - (B * D);

    public static AffineMap Scale(double x, double y) => new(x, 0, 0, 0, y, 0);

    /// <summary>Maps the unit square onto the rectangle (x, y, width, height).</summary>
    public static AffineMap OntoRect(double x, double y, double width, double height) => new(width, 0, x, 0, height, y);

    /// <summary>This map applied after <paramref name="first"/>.</summary>
    public AffineMap After(AffineMap first) => new(
        (A * first.A) + (B * first.D),
        (A * first.B) + (B * first.E),
        (A * first.C) + (B * first.F) + C,
        (D * first.A) + (E * first.D),
        (D * first.B) + (E * first.E),
        (D * first.C) + (E * first.F) + F);

    public AffineMap? Inverse()
    {
        var determinant = Determinant;
        if (Math.Abs(determinant) < 1e-9)
        {
            return null;
        }

        var a = E / determinant;
        var b = -B / determinant;
        var d = -D / determinant;
        var e = A / determinant;
        return new AffineMap(a, b, -((a * C) + (b * F)), d, e, -((d * C) + (e * F)));
    }

    public (double X, double Y) Apply(double x, double y) => ((A * x) + (B * y) + C, (D * x) + (E * y) + F);
}
