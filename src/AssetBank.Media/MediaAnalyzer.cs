using System.Globalization;
using System.Security.Cryptography;
using AssetBank.Core.Assets;
using AssetBank.Core.Errors;
using AssetBank.Core.Media;
using AssetBank.Core.Storage;
using AssetBank.Media.Audio;
using AssetBank.Media.Images;
using AssetBank.Media.Ocr;
using AssetBank.Media.Probing;
using AssetBank.Media.Processes;
using AssetBank.Media.Shots;
using AssetBank.Media.Subtitles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AssetBank.Media;

/// <summary>
/// The media extraction behind <see cref="MediaStage"/>: probe → shots → keyframes, thumbnails and hashes → subtitle
/// text per shot → audio loudness and fingerprint, for videos; thumbnail, palette and hashes for images; probe,
/// loudness and fingerprint for audio. Content problems become <see cref="ContentRejectedException"/> naming the key;
/// failures of optional parts (one keyframe, a subtitle stream, the fingerprint) become warnings on the result.
/// </summary>
public sealed class MediaAnalyzer : IMediaAnalyzer, IDisposable
{

    private readonly IObjectStore _store;
    private readonly MediaOptions _options;
    private readonly ILogger _logger;
    private readonly MediaProber _prober;
    private readonly ShotDetector _shots;
    private readonly KeyframeExtractor _keyframes;
    private readonly ImageAnalyzer _images;
    private readonly AudioAnalyzer _audio;
    private readonly VideoSubtitleSources _subtitles;
    private readonly VideoTextReader _videoText;
    private readonly ImageTextReader _imageText;

    public MediaAnalyzer(IProcessRunner runner, IObjectStore store, IOptions<MediaOptions> options, ILogger<MediaAnalyzer>? logger = null, IOcrLexicon? ocrLexicon = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _prober = new MediaProber(runner, options);
        _shots = new ShotDetector(runner, options);
        _keyframes = new KeyframeExtractor(runner, options);
        _images = new ImageAnalyzer(options);
        _audio = new AudioAnalyzer(runner, options);
        _subtitles = new VideoSubtitleSources(store, _options, new EmbeddedSubtitleExtractor(runner, options));
        ocrLexicon ??= ChineseDictionaryOcrLexicon.Default;
        _videoText = new VideoTextReader(runner, _options, ocrLexicon);
        _imageText = new ImageTextReader(runner, _options.Ocr, ocrLexicon);
    }

    public void Dispose() => _images.Dispose();

    public bool CanAnalyze(AssetKind kind) => kind is AssetKind.Video or AssetKind.Image or AssetKind.Audio;

    public async Task<MediaAnalysis> AnalyzeAsync(Asset asset, string localPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentException.ThrowIfNullOrWhiteSpace(localPath);
        if (!CanAnalyze(asset.Kind))
        {
            throw new ArgumentException($"'{asset.Key}' is {AssetKindNames.ToWire(asset.Kind)}, not video, image or audio.", nameof(asset));
        }

        if (!File.Exists(localPath))
        {
            throw new FileNotFoundException($"The local copy of '{asset.Key}' is missing.", localPath);
        }

        if (new FileInfo(localPath).Length == 0)
        {
            throw new ContentRejectedException(asset.Key, "the file is empty");
        }

        var sha = await ContentHashAsync(asset, localPath, cancellationToken);
        var keys = new DerivedKeys(_options.DerivedPrefix, sha);
        var started = DateTimeOffset.UtcNow;
        var analysis = asset.Kind switch
        {
            AssetKind.Video => await AnalyzeVideoAsync(asset, localPath, sha, keys, cancellationToken),
            AssetKind.Image => await AnalyzeImageAsync(asset, localPath, sha, keys, cancellationToken),
            _ => await AnalyzeAudioAsync(asset, localPath, sha, cancellationToken),
        };
        _logger.LogInformation(
            "Analysed {Key} as {Kind} in {Seconds:0.0} s: {Shots} shots, {Warnings} warnings",
            asset.Key, asset.Kind, (DateTimeOffset.UtcNow - started).TotalSeconds, analysis.Shots.Count, analysis.Warnings.Count);
        return analysis;
    }

    private async Task<MediaAnalysis> AnalyzeVideoAsync(Asset asset, string path, string sha, DerivedKeys keys, CancellationToken ct)
    {
        var probe = await ProbeAsync(asset, path, ct);
        var video = probe.PrimaryVideo ?? throw new ContentRejectedException(asset.Key, $"no video stream (container {probe.Container})");
        CheckDuration(asset, probe);
        if (video.Width is { } w && video.Height is { } h && (long)w * h > _options.MaxVideoFramePixels)
        {
            throw new ContentRejectedException(asset.Key, string.Create(CultureInfo.InvariantCulture, $"video frames of {w}×{h} exceed the limit of {_options.MaxVideoFramePixels / 1e6:0.#} MP"));
        }

        var warnings = new List<string>();
        var tempDirectory = Path.Combine(Path.GetTempPath(), "assetbank-media", Guid.NewGuid().ToString("N"));
        using var ocrCancel = CancellationTokenSource.CreateLinkedTokenSource(ct);

        // OCR decodes its own frames: begun beside shot detection, the two share the cores instead of queueing.
        var ocr = _options.Ocr.Enabled && probe.Duration is { } length
            ? Task.Run(() => _videoText.ReadAsync(path, video.Index, length.TotalSeconds, Path.Combine(tempDirectory, "ocr"), ocrCancel.Token), ocrCancel.Token)
            : null;
        try
        {
            return await AnalyzeVideoFramesAsync(asset, path, sha, probe, video, keys, tempDirectory, ocr, warnings, ct);
        }
        finally
        {
            if (ocr is not null)
            {
                // Rejected or cancelled before the text was used: stop OCR before its working files go.
                if (!ocr.IsCompleted)
                {
                    await ocrCancel.CancelAsync();
                }

                await ocr.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }

            TryDeleteDirectory(tempDirectory);
        }
    }

    private async Task<MediaAnalysis> AnalyzeVideoFramesAsync(
        Asset asset, string path, string sha, MediaProbe probe, MediaStreamInfo video, DerivedKeys keys, string tempDirectory, Task<OcrResult>? ocr, List<string> warnings, CancellationToken ct)
    {
        ShotDetectionResult detection;
        try
        {
            detection = await _shots.DetectAsync(path, probe, ct);
        }
        catch (MediaToolException ex)
        {
            throw Rejected(asset, "the video cannot be decoded", ex);
        }

        var end = ShotRanges.DecodableEnd(detection);
        if (detection.DecodedSeconds < detection.DurationSeconds - 1.0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"only {detection.DecodedSeconds:0.0} s of {detection.DurationSeconds:0.0} s could be decoded; the file looks damaged or truncated"));
        }

        var ranges = ShotRanges.From(detection);
        var frame = 1.0 / (video.FrameRate ?? 25.0);
        var keyframeTimes = ranges.Select(r => ShotRanges.KeyframeTimes(r.Start, r.End, frame, 1)[0]).ToList();

        IReadOnlyList<string?> files;
        try
        {
            files = await _keyframes.ExtractAsync(path, video.Index, keyframeTimes, tempDirectory, ct);
        }
        catch (MediaToolException ex)
        {
            warnings.Add($"keyframes could not be extracted: {ex.Reason}");
            files = new string?[ranges.Count];
        }

        var shots = new List<Shot>(ranges.Count);
        for (var i = 0; i < ranges.Count; i++)
        {
            var (start, stop, kind, score) = ranges[i];
            string? keyframeKey = null, thumbnailKey = null;
            ImageHashes? hashes = null;
            if (files[i] is { } file)
            {
                (keyframeKey, thumbnailKey, hashes) = await StoreKeyframeAsync(asset, file, i, keys, warnings, ct);
            }
            else
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"shot {i}: no keyframe at {keyframeTimes[i]:0.00} s"));
            }

            shots.Add(new Shot(i, Seconds(start), Seconds(stop), Seconds(keyframeTimes[i]), keyframeKey, thumbnailKey, hashes, null, kind, score));
        }

        var (cues, sources) = await _subtitles.ReadAsync(asset, path, probe, warnings, ct);
        if (cues.Count > 0)
        {
            var texts = SubtitleAssigner.Assign(shots.Select(s => (s.Start, s.End)).ToList(), cues);
            shots = [.. shots.Select((s, i) => s with { SubtitleText = texts[i] })];
        }

        if (_options.Ocr.Enabled)
        {
            var text = await (ocr ?? _videoText.ReadAsync(path, video.Index, end, Path.Combine(tempDirectory, "ocr"), ct));
            warnings.AddRange(text.Warnings);
            var perShot = VideoTextReader.AssignToShots(shots.Select(s => (s.Start, s.End)).ToList(), text.Lines);
            shots = [.. shots.Select((s, i) => s with { OcrLines = perShot[i] })];
        }

        AudioInfo? audio = null;
        if (_options.AnalyzeVideoAudio && probe.PrimaryAudio is { } audioStream)
        {
            try
            {
                audio = await _audio.AnalyzeAsync(path, audioStream, probe.Duration, ct);
            }
            catch (MediaToolException ex)
            {
                warnings.Add($"audio track {audioStream.Index} could not be analysed: {ex.Reason}");
            }
        }

        return new MediaAnalysis
        {
            Kind = AssetKind.Video,
            ContentSha256 = sha,
            Probe = probe,
            Shots = shots,
            Audio = audio,
            ThumbnailKey = shots.Select(s => s.ThumbnailKey).FirstOrDefault(k => k is not null),
            SubtitleSources = sources,
            Warnings = warnings,
        };
    }

    private async Task<(string? KeyframeKey, string? ThumbnailKey, ImageHashes? Hashes)> StoreKeyframeAsync(
        Asset asset, string file, int index, DerivedKeys keys, List<string> warnings, CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(file, ct);
        ImageAnalysisOutput picture;
        try
        {
            using var memory = new MemoryStream(bytes, writable: false);
            picture = _images.Analyze(memory, $"{asset.Key} (keyframe {index})");
        }
        catch (ContentRejectedException ex)
        {
            warnings.Add($"shot {index}: keyframe unreadable: {ex.Problem}");
            return (null, null, null);
        }

        var keyframeKey = keys.Keyframe(index);
        var thumbnailKey = keys.ShotThumbnail(index, picture.ThumbnailExtension);
        await PutAsync(keyframeKey, bytes, "image/jpeg", ct);
        await PutAsync(thumbnailKey, picture.Thumbnail, picture.ThumbnailContentType, ct);
        return (keyframeKey, thumbnailKey, picture.Info.Hashes);
    }

    private async Task<MediaAnalysis> AnalyzeImageAsync(Asset asset, string path, string sha, DerivedKeys keys, CancellationToken ct)
    {
        // CPU-bound and synchronous; the pipeline already runs items on pool threads.
        var picture = _images.Analyze(path, asset.Key);
        var warnings = new List<string>();
        if (picture.Incomplete)
        {
            warnings.Add("the image data ends early (truncated file); the decoded part was analysed");
        }

        var thumbnailKey = keys.Thumbnail(picture.ThumbnailExtension);
        await PutAsync(thumbnailKey, picture.Thumbnail, picture.ThumbnailContentType, ct);
        IReadOnlyList<OcrLine> imageText = [];
        if (_options.Ocr.Enabled)
        {
            var tempDirectory = Path.Combine(Path.GetTempPath(), "assetbank-media", Guid.NewGuid().ToString("N"));
            try
            {
                var text = await _imageText.ReadAsync(path, tempDirectory, ct);
                imageText = text.Lines;
                warnings.AddRange(text.Warnings);
            }
            finally
            {
                TryDeleteDirectory(tempDirectory);
            }
        }

        return new MediaAnalysis
        {
            Kind = AssetKind.Image,
            ContentSha256 = sha,
            Image = picture.Info with { ThumbnailKey = thumbnailKey },
            ThumbnailKey = thumbnailKey,
            ImageText = imageText,
            Warnings = warnings,
        };
    }

    private async Task<MediaAnalysis> AnalyzeAudioAsync(Asset asset, string path, string sha, CancellationToken ct)
    {
        var probe = await ProbeAsync(asset, path, ct);
        var stream = probe.PrimaryAudio ?? throw new ContentRejectedException(asset.Key, $"no audio stream (container {probe.Container})");
        CheckDuration(asset, probe);
        var warnings = new List<string>();

        LoudnessSummary? loudness;
        try
        {
            loudness = await _audio.MeasureLoudnessAsync(path, stream.Index, probe.Duration, ct);
        }
        catch (MediaToolException ex)
        {
            throw Rejected(asset, "the audio cannot be decoded", ex);
        }

        if (loudness is null)
        {
            warnings.Add("ffmpeg printed no loudness summary");
        }

        AudioFingerprint? fingerprint = null;
        try
        {
            fingerprint = await _audio.FingerprintAsync(path, ct);
            if (fingerprint is null)
            {
                warnings.Add("fpcalc produced no fingerprint (too short or silent?)");
            }
        }
        catch (MediaToolException ex)
        {
            warnings.Add($"no fingerprint: {ex.Reason}");
        }

        return new MediaAnalysis
        {
            Kind = AssetKind.Audio,
            ContentSha256 = sha,
            Probe = probe,
            Audio = new AudioInfo(stream.Index, stream.Duration ?? probe.Duration, stream.Codec, stream.SampleRate, stream.Channels, loudness, fingerprint),
            Warnings = warnings,
        };
    }

    private async Task<MediaProbe> ProbeAsync(Asset asset, string path, CancellationToken ct)
    {
        try
        {
            return await _prober.ProbeAsync(path, ct);
        }
        catch (MediaToolException ex)
        {
            throw Rejected(asset, "not readable as media", ex);
        }
        catch (FormatException ex)
        {
            throw new ContentRejectedException(asset.Key, "ffprobe output could not be understood", ex);
        }
    }

    private void CheckDuration(Asset asset, MediaProbe probe)
    {
        if (probe.Duration is { } duration && duration > _options.MaxDuration)
        {
            throw new ContentRejectedException(asset.Key, string.Create(CultureInfo.InvariantCulture, $"duration {duration:hh\\:mm\\:ss} exceeds the limit of {_options.MaxDuration:hh\\:mm\\:ss}"));
        }
    }

    private async Task PutAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        await _store.PutAsync(key, stream, new ObjectWriteOptions(contentType), ct);
    }

    private static async Task<string> ContentHashAsync(Asset asset, string path, CancellationToken ct)
    {
        if (asset.ContentSha256 is { Length: 64 } known && known.All(char.IsAsciiHexDigitLower))
        {
            return known;
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, ct);
        return Convert.ToHexStringLower(hash);
    }

    private static ContentRejectedException Rejected(Asset asset, string what, MediaToolException ex)
    {
        var problem = ex.Result.StopReason switch
        {
            ProcessStopReason.TimedOut => string.Create(CultureInfo.InvariantCulture, $"{what}: {ex.Result.Tool} ran past its time limit ({ex.Result.Elapsed.TotalSeconds:0} s) and was stopped"),
            ProcessStopReason.OutputLimitExceeded => $"{what}: {ex.Result.Tool} produced more output than allowed",
            _ => $"{what}: {ex.Reason}",
        };
        return new ContentRejectedException(asset.Key, problem, ex);
    }

    private static TimeSpan Seconds(double value) => TimeSpan.FromSeconds(Math.Round(value, 3));

    private void TryDeleteDirectory(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException ex)
        {
            _logger.LogWarning(ex, "Could not delete temporary folder {Folder}", directory);
        }
        catch (UnauthorizedAccessException ex)
        {
            _logger.LogWarning(ex, "Could not delete temporary folder {Folder}", directory);
        }
    }
}
