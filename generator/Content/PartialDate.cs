using System.Globalization;

namespace KnowledgeBase.Content;

/// <summary>
/// A date written only as precisely as its source gives it: a day (2015-04-29), a month (2015-07) or a year
/// (2016). A source that names only the month of a decision must not gain a day on the page.
/// </summary>
public sealed record PartialDate(int Year, int? Month, int? Day)
{
    /// <summary>Reads YYYY-MM-DD, YYYY-MM or YYYY; null for anything else, or for a day or month that does not exist.</summary>
    public static PartialDate? Parse(string text)
    {
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(part => part.Length != 2) || !parts.All(part => part.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var numbers = parts.Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToList();
        var (year, month, day) = (numbers[0], numbers.Count > 1 ? numbers[1] : (int?)null, numbers.Count > 2 ? numbers[2] : (int?)null);
        if (year < 1 || month is < 1 or > 12 || (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value))))
        {
            return null;
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>The first day the date can mean, for comparing it with today.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The date as written in front matter and in a <c>time</c> element's <c>datetime</c>.</summary>
    public string Iso => Earliest.ToString(Day is not null ? "yyyy-MM-dd" : Month is not null ? "yyyy-MM" : "yyyy", CultureInfo.InvariantCulture);
}
