using System.Buffers;
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

    /// <summary>The accent bar across the top, in pixels.</summary>
    private const int AccentHeight = 24;

    private const float SiteNameBaseline = 120;
    private const float TitleTop = 200;

    /// <summary>
    /// Rows above this show the site name, rows from it the title: below the site name's descenders (about row 130)
    /// and above the tallest accented capital of the largest title (about row 190).
    /// </summary>
    private const int TitleAreaTop = 160;

    /// <summary>
    /// Text is drawn as coverage (how much of each pixel a glyph covers, 0-255) and shown in one of 127 shades
    /// between the background and the text's colour, so that the whole image fits a palette of 256 colours:
    /// background, accent, 127 shades of the title's colour and 127 of the site name's. Rounding coverage to 127
    /// shades moves a pixel by at most one step of a colour channel, which nobody can see.
    /// </summary>
    private const int Shades = 127;

    private const int RowsLength = (Width + 1) * Height;

    private const byte BackgroundIndex = 0;
    private const byte AccentIndex = 1;
    private const int TitleShadesStart = 2;
    private const int SiteNameShadesStart = TitleShadesStart + Shades;

    private static readonly SKColor Background = new(0xF3, 0xF4, 0xF7);
    private static readonly SKColor Accent = new(0x0B, 0x57, 0xD0);
    private static readonly SKColor Text = new(0x1B, 0x1B, 0x1F);
    private static readonly SKColor Muted = new(0x4A, 0x4A, 0x55);

    private static readonly byte[] Palette = BuildPalette();
    private static readonly byte[] TitleIndexOfCoverage = IndexOfCoverage(TitleShadesStart);
    private static readonly byte[] SiteNameIndexOfCoverage = IndexOfCoverage(SiteNameShadesStart);

    /// <summary>Loaded by the first image painted: a build whose images are all cached paints none.</summary>
    private readonly Lazy<(SKTypeface Bold, SKTypeface Regular)> _fonts =
        new(() => (LoadFont("KnowledgeBase.Fonts.Bold.ttf"), LoadFont("KnowledgeBase.Fonts.Regular.ttf")));

    public byte[] Paint(string title, string siteName)
    {
        using var coverage = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Alpha8, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(coverage))
        {
            canvas.Clear(SKColors.Transparent);
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using (var siteFont = Font(_fonts.Value.Regular, 36))
            {
                canvas.DrawText(siteName, Margin, SiteNameBaseline, SKTextAlign.Left, siteFont, ink);
            }

            var (titleFont, lines) = FitTitle(title);
            using (titleFont)
            {
                var lineHeight = titleFont.Size * 1.2f;
                var top = TitleTop + titleFont.Size;
                for (var i = 0; i < lines.Count; i++)
                {
                    canvas.DrawText(lines[i], Margin, top + (i * lineHeight), SKTextAlign.Left, titleFont, ink);
                }
            }
        }

        // Pooled: a fresh buffer for each image lands on the large object heap and made painting slower (docs/performance.md).
        var rows = ArrayPool<byte>.Shared.Rent(RowsLength);
        try
        {
            Array.Clear(rows, 0, RowsLength);
            WritePaletteRows(coverage.GetPixelSpan(), rows);
            return IndexedPng.Encode(Width, Height, Palette, rows.AsSpan(0, RowsLength));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rows);
        }
    }

    /// <summary>Each row as a PNG row: filter byte 0, then the palette index of every pixel.</summary>
    private static void WritePaletteRows(ReadOnlySpan<byte> coverage, byte[] rows)
    {
        for (var y = 0; y < Height; y++)
        {
            var row = rows.AsSpan((y * (Width + 1)) + 1, Width);
            var rowCoverage = coverage.Slice(y * Width, Width);
            if (y < AccentHeight)
            {
                row.Fill(AccentIndex);
            }
            else if (rowCoverage.ContainsAnyExcept((byte)0))
            {
                var indexOfCoverage = y < TitleAreaTop ? SiteNameIndexOfCoverage : TitleIndexOfCoverage;
                for (var x = 0; x < Width; x++)
                {
                    row[x] = indexOfCoverage[rowCoverage[x]];
                }
            }
        }
    }

    private static byte[] IndexOfCoverage(int shadesStart)
    {
        var indices = new byte[256];
        for (var coverage = 0; coverage < indices.Length; coverage++)
        {
            var shade = ((coverage * Shades) + (Shades / 2)) / 255;
            indices[coverage] = shade == 0 ? BackgroundIndex : (byte)(shadesStart + shade - 1);
        }

        return indices;
    }

    private static byte[] BuildPalette()
    {
        var colours = new List<SKColor> { Background, Accent };
        colours.AddRange(Enumerable.Range(1, Shades).Select(shade => Blend(Text, shade)));
        colours.AddRange(Enumerable.Range(1, Shades).Select(shade => Blend(Muted, shade)));
        return colours.SelectMany(colour => new[] { colour.Red, colour.Green, colour.Blue }).ToArray();
    }

    /// <summary>The ink laid over the background with <paramref name="shade"/> of <see cref="Shades"/> coverage.</summary>
    private static SKColor Blend(SKColor ink, int shade)
    {
        byte Channel(byte background, byte text) => (byte)Math.Round(background + ((text - background) * shade / (double)Shades));
        return new SKColor(Channel(Background.Red, ink.Red), Channel(Background.Green, ink.Green), Channel(Background.Blue, ink.Blue));
    }

    public void Dispose()
    {
        if (_fonts.IsValueCreated)
        {
            _fonts.Value.Bold.Dispose();
            _fonts.Value.Regular.Dispose();
        }
    }

    /// <summary>The largest title size at which the title fits in four lines; at the smallest size it is cut with an ellipsis.</summary>
    private (SKFont Font, IReadOnlyList<string> Lines) FitTitle(string title)
    {
        var maxWidth = Width - (2 * Margin);
        foreach (var size in TitleSizes.Take(TitleSizes.Count - 1))
        {
            var font = Font(_fonts.Value.Bold, size);
            var lines = Wrap(title, font, maxWidth);
            if (lines.Count <= MaxTitleLines)
            {
                return (font, lines);
            }

            font.Dispose();
        }

        var smallest = Font(_fonts.Value.Bold, TitleSizes[^1]);
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
