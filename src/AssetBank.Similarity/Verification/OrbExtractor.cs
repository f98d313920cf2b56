using System.Runtime.InteropServices;
using AssetBank.Core.Similarity;
using AssetBank.Similarity.Hashing;
using OpenCvSharp;

namespace AssetBank.Similarity.Verification;

/// <summary>ORB keypoints and descriptors (OpenCV) of a luminance picture.</summary>
internal static class OrbExtractor
{
    private const double ClaheClipLimit = 2.0;
    private const int FastThreshold = 7;
    private const int DetectedPerKept = 4;
    private const int GridCells = 4;

    public static LocalFeatures Extract(GrayPicture picture, int maxFeatures)
    {
        var bytes = new byte[picture.Values.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)Math.Clamp(picture.Values[i] + 0.5f, 0f, 255f);
        }

        using var image = Mat.FromPixelData(picture.Height, picture.Width, MatType.CV_8UC1, bytes);

        // Local contrast equalisation gives smooth, low-contrast pictures (skies, gradients, soft product shots)
        // keypoints at all; a low FAST threshold then finds them.
        using (var clahe = Cv2.CreateCLAHE(ClaheClipLimit, new Size(8, 8)))
        {
            clahe.Apply(image, image);
        }

        using var orb = ORB.Create(maxFeatures * DetectedPerKept, fastThreshold: FastThreshold);
        using var descriptors = new Mat();
        var keypoints = SpreadOver(orb.Detect(image), picture.Width, picture.Height, maxFeatures);
        orb.Compute(image, ref keypoints, descriptors);
        if (keypoints.Length == 0 || descriptors.Empty())
        {
            return new LocalFeatures(picture.Width, picture.Height, [], []);
        }

        var points = new float[keypoints.Length * 2];
        for (var i = 0; i < keypoints.Length; i++)
        {
            points[i * 2] = keypoints[i].Pt.X;
            points[(i * 2) + 1] = keypoints[i].Pt.Y;
        }

        var descriptorBytes = new byte[keypoints.Length * LocalFeatures.DescriptorBytes];
        using (var continuous = descriptors.Clone())
        {
            Marshal.Copy(continuous.Data, descriptorBytes, 0, descriptorBytes.Length);
        }

        return new LocalFeatures(picture.Width, picture.Height, points, descriptorBytes);
    }

    /// <summary>Keeps the strongest keypoints cell by cell of a grid, so one busy region cannot take the whole budget.</summary>
    /// <remarks>
    /// Without it a caption band or a logo, whose sharp corners outscore the picture's own, takes the keypoints a
    /// copy with a text overlay would need to match.
    /// </remarks>
    private static KeyPoint[] SpreadOver(KeyPoint[] detected, int width, int height, int budget)
    {
        const int grid = GridCells;
        var cells = detected
            .GroupBy(k => (Math.Min(grid - 1, (int)(k.Pt.X * grid / width)) * grid) + Math.Min(grid - 1, (int)(k.Pt.Y * grid / height)))
            .Select(g => new Queue<KeyPoint>(g.OrderByDescending(k => k.Response)))
            .ToList();
        var kept = new List<KeyPoint>(Math.Min(budget, detected.Length));
        while (kept.Count < budget && cells.Count > 0)
        {
            for (var i = cells.Count - 1; i >= 0 && kept.Count < budget; i--)
            {
                kept.Add(cells[i].Dequeue());
                if (cells[i].Count == 0)
                {
                    cells.RemoveAt(i);
                }
            }
        }

        return [.. kept];
    }
}
