using KnowledgeBase.Content;

namespace KnowledgeBase.Render.EvidenceBlocks;

/// <summary>
/// Lays out the bar chart of an evidence table: one bar per use, filled a quarter for each level above none, with
/// the use's name above its bar and the level written beside it, so the chart never relies on colour or length
/// alone. Names are wrapped here because SVG text does not wrap; the chart scales to the width of the page.
/// </summary>
public static class EvidenceChart
{
    public const int Width = 300;
    private const int LabelLineHeight = 19;
    private const int LabelCharactersPerLine = 34;
    private const int BarTop = 5;
    private const int BarHeight = 16;
    private const int RowGap = 16;
    private const int SegmentWidth = 50;
    private const int SegmentGap = 3;
    private const int Segments = 4;
    private const int LevelTextBaseline = 13;

    public static EvidenceChartView Lay(string idPrefix, IReadOnlyList<(string Name, EvidenceLevel Level)> uses, PageLanguage language)
    {
        var bars = new List<EvidenceChartBarView>();
        var top = 0;
        foreach (var (name, level) in uses)
        {
            var lines = Wrap(name, LabelCharactersPerLine);
            var label = lines.Select((line, index) => new ChartTextLineView(line, top + LabelLineHeight * (index + 1) - 4)).ToList();
            var barY = top + LabelLineHeight * lines.Count + BarTop;
            var filled = (int)level;
            var segments = Enumerable.Range(0, Segments)
                .Select(index => new ChartSegmentView(index * (SegmentWidth + SegmentGap), barY, SegmentWidth, BarHeight, index < filled))
                .ToList();
            var wording = EvidenceLevelWording.Of(level, language);
            bars.Add(new EvidenceChartBarView(label, segments, wording.Label, wording.Name, Segments * (SegmentWidth + SegmentGap) + 6, barY + LevelTextBaseline));
            top = barY + BarHeight + RowGap;
        }

        var description = string.Join(" ", uses.Select(use => $"{use.Name}: {language.Culture.TextInfo.ToLower(EvidenceLevelWording.Of(use.Level, language).Label)}."));
        return new EvidenceChartView(
            $"{idPrefix}-chart-title",
            $"{idPrefix}-chart-description",
            language.Text("chart_title"),
            description,
            Width,
            Math.Max(top - RowGap, 0),
            bars);
    }

    /// <summary>Breaks text into lines of at most <paramref name="width"/> characters at spaces; a longer word gets a line of its own.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return lines;
    }
}

/// <summary>An inline SVG bar chart with its text alternative (a title and a description naming every bar).</summary>
public sealed record EvidenceChartView(string TitleId, string DescriptionId, string Title, string Description, int Width, int Height, IReadOnlyList<EvidenceChartBarView> Bars);

/// <summary>One use in the chart: its wrapped name, the four segments of its bar, and its level in words.</summary>
public sealed record EvidenceChartBarView(IReadOnlyList<ChartTextLineView> Label, IReadOnlyList<ChartSegmentView> Segments, string LevelLabel, string LevelName, int LevelX, int LevelY);

/// <summary>One line of text in the chart, at its baseline.</summary>
public sealed record ChartTextLineView(string Text, int Y);

/// <summary>A quarter of a bar; filled up to the use's level.</summary>
public sealed record ChartSegmentView(int X, int Y, int Width, int Height, bool Filled);
