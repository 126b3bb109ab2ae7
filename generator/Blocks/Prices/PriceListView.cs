using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Blocks.Prices;

/// <summary>Historical prices: each range with its currency, year and source, and the note that prices change.</summary>
public sealed record PriceListView(PageSectionView Heading, IReadOnlyList<PriceView> Prices);

/// <summary>One price: what it is for, the range formatted in the site's language, per what, currency, year, source.</summary>
public sealed record PriceView(string Item, string Amount, string Per, string CurrencyCode, string CurrencyName, int Year, SourceLinkView Source, string CitationsHtml)
{
    /// <summary>The language of <see cref="CurrencyName"/> when it is not the page's (an English name i18n/ does not translate); null otherwise.</summary>
    public string? CurrencyNameLang { get; init; }
}
