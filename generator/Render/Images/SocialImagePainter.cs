using SkiaSharp;

namespace KnowledgeBase.Render.Images;

/// <summary>
/// Paints the 1200x630 PNG that link previews show: the page title, large, and the site name. The fonts are
/// embedded in the generator from an npm package (never a system font) and the raster is CPU-only, so the
/// same title gives the same bytes on every machine. Safe to use from several threads at once.
/// </summary>
public sealed class SocialImagePainter : IDisposable
{
    public const int Width = 1200;
    public const int Height = 630;

    private const float Margin = 80;
    private const int MaxTitleLines = 4;
    private static readonly IReadOnlyList<float> TitleSizes = [72, 64, 56, 48];

    /// <summary>
    /// Fast settings that cost a few percent in size: Skia's defaults (all filters, zlib level 6) take four
    /// times as long, and a site of thousands of articles paints thousands of images per build.
    /// </summary>
    private static readonly SKPngEncoderOptions PngOptions = new(SKPngEncoderFilterFlags.Sub, zLibLevel: 3);

    private static readonly SKColor Background = new(0xF3, 0xF4, 0xF7);
    private static readonly SKColor Accent = new(0x0B, 0x57, 0xD0);
    private static readonly SKColor Text = new(0x1B, 0x1B, 0x1F);
    private static readonly SKColor Muted = new(0x4A, 0x4A, 0x55);

    private readonly SKTypeface _bold = LoadFont("KnowledgeBase.Fonts.Bold.ttf");
    private readonly SKTypeface _regular = LoadFont("KnowledgeBase.Fonts.Regular.ttf");

    public byte[] Paint(string title, string siteName)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using (var accent = new SKPaint { Color = Accent })
        {
            canvas.DrawRect(0, 0, Width, 24, accent);
        }

        using var siteFont = Font(_regular, 36);
        using var mutedPaint = new SKPaint { Color = Muted, IsAntialias = true };
        canvas.DrawText(siteName, Margin, 120, SKTextAlign.Left, siteFont, mutedPaint);

        var (titleFont, lines) = FitTitle(title);
        using (titleFont)
        using (var textPaint = new SKPaint { Color = Text, IsAntialias = true })
        {
            var lineHeight = titleFont.Size * 1.2f;
            var top = 200 + titleFont.Size;
            for (var i = 0; i < lines.Count; i++)
            {
                canvas.DrawText(lines[i], Margin, top + (i * lineHeight), SKTextAlign.Left, titleFont, textPaint);
            }
        }

        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var png = pixels.Encode(PngOptions) ?? throw new InvalidOperationException("Skia could not encode the social image as PNG");
        return png.ToArray();
    }

    public void Dispose()
    {
        _bold.Dispose();
        _regular.Dispose();
    }

    /// <summary>The largest title size at which the title fits in four lines; at the smallest size it is cut with an ellipsis.</summary>
    private (SKFont Font, IReadOnlyList<string> Lines) FitTitle(string title)
    {
        var maxWidth = Width - (2 * Margin);
        foreach (var size in TitleSizes.Take(TitleSizes.Count - 1))
        {
            var font = Font(_bold, size);
            var lines = Wrap(title, font, maxWidth);
            if (lines.Count <= MaxTitleLines)
            {
                return (font, lines);
            }

            font.Dispose();
        }

        var smallest = Font(_bold, TitleSizes[^1]);
        var wrapped = Wrap(title, smallest, maxWidth);
        return (smallest, wrapped.Count <= MaxTitleLines ? wrapped : Truncate(wrapped, smallest, maxWidth));
    }

    private static List<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static List<string> Truncate(List<string> lines, SKFont font, float maxWidth)
    {
        var kept = lines.Take(MaxTitleLines).ToList();
        var last = kept[^1];
        while (last.Length > 0 && font.MeasureText(last + "…") > maxWidth)
        {
            last = last[..^1];
        }

        kept[^1] = last.TrimEnd() + "…";
        return kept;
    }

    private static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };

    private static SKTypeface LoadFont(string resource)
    {
        using var stream = typeof(SocialImagePainter).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the font {resource} is not embedded; rebuild the generator (it restores fonts with npm ci)");
        return SKTypeface.FromStream(stream);
    }
}
