using System.Globalization;
using System.Text.Json.Serialization;
using KnowledgeBase.Content;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render;

/// <summary>
/// The language a page is written in: its code, its interface strings (i18n/&lt;code&gt;.yml) and how it writes dates
/// and numbers. <see cref="Folder"/> is null for the reference language, whose pages keep their paths.
/// </summary>
public sealed record PageLanguage(Language Language, string? Folder, IReadOnlyDictionary<string, string> Strings)
{
    public string Code => Language.Code;

    /// <summary>
    /// How the language writes numbers and month names; the invariant culture when it is not a known one. Made from
    /// the code, so left out when a page's view is written as JSON to tell whether it changed.
    /// </summary>
    [JsonIgnore]
    public CultureInfo Culture { get; } = CultureOf(Language.Code);

    /// <summary>
    /// A number as the language writes it, with <paramref name="decimals"/> decimals: its group and decimal separators
    /// (i18n/: number_group_separator, number_decimal_separator), and groups only from number_group_min on. English
    /// writes "3,200" and "2.50"; Spanish, as the RAE's norms, "3200", "12 345" and "2,50".
    /// </summary>
    public string Number(decimal value, int decimals = 0) =>
        value.ToString((Math.Abs(value) >= NumberGroupMin ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture), NumberFormat);

    private NumberFormatInfo NumberFormat { get; } = new()
    {
        NumberGroupSeparator = Strings.GetValueOrDefault("number_group_separator") ?? ",",
        NumberDecimalSeparator = Strings.GetValueOrDefault("number_decimal_separator") ?? ".",
    };

    private decimal NumberGroupMin { get; } =
        decimal.TryParse(Strings.GetValueOrDefault("number_group_min"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var min) ? min : 1000;

    /// <summary>An interface string with its <c>{name}</c> placeholders filled in; the key itself when i18n/ lacks it.</summary>
    public string Text(string key, params (string Name, string Value)[] values) =>
        values.Aggregate(Strings.GetValueOrDefault(key) ?? key, (text, value) => text.Replace($"{{{value.Name}}}", value.Value, StringComparison.Ordinal));

    /// <summary>A date as the language writes it in text (<c>date_format</c>, such as "d 'de' MMMM 'de' yyyy").</summary>
    public string Date(DateOnly date) => date.ToString(Strings.GetValueOrDefault("date_format") ?? "d MMMM yyyy", Culture);

    /// <summary>
    /// A date written as precisely as it is known, as the language writes it: "29 April 2015", "July 2015"
    /// (<c>date_format_month</c>) or "2016".
    /// </summary>
    public DateView TimeOf(PartialDate date) => new(
        date.Iso,
        date.Day is not null ? Date(date.Earliest) : date.Earliest.ToString(date.Month is not null ? Text("date_format_month") : "yyyy", Culture));

    /// <summary>A date for a &lt;time&gt; element: its ISO form and as the language writes it.</summary>
    public DateView TimeOf(DateOnly date) => new(RenderContext.Date(date).Iso, Date(date));

    public static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
