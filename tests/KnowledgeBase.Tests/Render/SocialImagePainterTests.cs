using KnowledgeBase.Render.Images;
using Shouldly;
using SkiaSharp;

namespace KnowledgeBase.Tests.Render;

public sealed class SocialImagePainterTests
{
    private static readonly SKColor Background = new(0xF3, 0xF4, 0xF7);
    private static readonly SKColor Accent = new(0x0B, 0x57, 0xD0);
    private static readonly SKColor TitleColour = new(0x1B, 0x1B, 0x1F);
    private static readonly SKColor SiteNameColour = new(0x4A, 0x4A, 0x55);

    private static SKBitmap Painted(string title)
    {
        using var painter = new SocialImagePainter();
        return SKBitmap.Decode(painter.Paint(title, "Mesotherapy Evidence")).ShouldNotBeNull();
    }

    private static int Count(SKBitmap image, SKColor colour, int fromRow, int toRow)
    {
        var count = 0;
        for (var y = fromRow; y < toRow; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                count += image.GetPixel(x, y) == colour ? 1 : 0;
            }
        }

        return count;
    }

    [Fact]
    public void The_image_shows_the_accent_bar_the_site_name_and_the_title_each_in_its_colour()
    {
        using var image = Painted("Does mesotherapy remove fat?");

        (image.Width, image.Height).ShouldBe((1200, 630));
        image.GetPixel(600, 10).ShouldBe(Accent);
        image.GetPixel(10, 300).ShouldBe(Background);
        image.GetPixel(1190, 620).ShouldBe(Background);
        Count(image, SiteNameColour, 24, 160).ShouldBeGreaterThan(500, "the site name is drawn in its muted colour at the top");
        Count(image, TitleColour, 24, 160).ShouldBe(0);
        Count(image, TitleColour, 160, 630).ShouldBeGreaterThan(5000, "the title is drawn large in the text colour below it");
        Count(image, SiteNameColour, 160, 630).ShouldBe(0);
    }

    [Fact]
    public void Text_edges_are_smoothed_with_shades_between_the_text_and_the_background()
    {
        using var image = Painted("Does mesotherapy remove fat?");

        var shades = new HashSet<SKColor>();
        for (var y = 160; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                shades.Add(image.GetPixel(x, y));
            }
        }

        shades.Remove(Background);
        shades.Remove(TitleColour);
        shades.Count.ShouldBeGreaterThan(60, "anti-aliased edges, not jagged two-colour text");
        shades.ShouldAllBe(shade => shade.Red <= Background.Red && shade.Red >= TitleColour.Red);
    }

    [Fact]
    public void A_longer_title_is_drawn_smaller_to_fit_and_the_image_stays_small()
    {
        using var painter = new SocialImagePainter();
        var shortTitle = painter.Paint("Cellulite", "Mesotherapy Evidence");
        var longTitle = painter.Paint(string.Join(' ', Enumerable.Repeat("Mesotherapy for hair loss, fat and cellulite:", 6)), "Mesotherapy Evidence");

        using var longImage = SKBitmap.Decode(longTitle);
        Count(longImage, TitleColour, 160, 630).ShouldBeGreaterThan(0);
        Count(longImage, TitleColour, 600, 630).ShouldBe(0, "four lines at most, cut with an ellipsis, clear of the bottom edge");
        shortTitle.Length.ShouldBeLessThan(30_000);
        longTitle.Length.ShouldBeLessThan(30_000);
    }
}
