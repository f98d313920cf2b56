using System.Runtime.InteropServices;
using AssetBank.Core.Similarity;
using AssetBank.Similarity.Hashing;
using OpenCvSharp;

namespace AssetBank.Similarity.Verification;

/// <summary>ORB keypoints and descriptors (OpenCV) of a luminance picture.</summary>
internal static class OrbExtractor
{
    public static LocalFeatures Extract(GrayPicture picture, int maxFeatures)
    {
        var bytes = new byte[picture.Values.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)Math.Clamp(picture.Values[i] + 0.5f, 0f, 255f);
        }

        using var image = Mat.FromPixelData(picture.Height, picture.Width, MatType.CV_8UC1, bytes);
        using var orb = ORB.Create(maxFeatures);
        using var descriptors = new Mat();
        orb.DetectAndCompute(image, null, out var keypoints, descriptors);
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
}
