using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown.Citations;
using KnowledgeBase.Render;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Blocks.Prices;

/// <summary>An article's prices, in the order written.</summary>
public sealed record PriceList(IEvidenceBlock Kind, IReadOnlyList<CostItem> Items) : ArticleBlock(Kind)
{
    public override string Heading(RenderContext context, PageLanguage language) => language.Text("block_prices");

    public override IEnumerable<BlockCitation> Citations => Items.SelectMany(cost => Cite([cost.Ref], cost.Item));

    public override IEnumerable<string> Texts => Items.SelectMany(cost => new[] { cost.Item, cost.Per });

    public override void Validate(BlockRulesContext context, DiagnosticBag diagnostics) => PricesRules.Check(this, context, diagnostics);

    public override object View(PageSectionView heading, CitationGroupRenderer citations, RenderContext context, PageLanguage language) => new PriceListView(
        heading,
        Items.Select(cost =>
        {
            // A currency's name in the page's language (currency_EUR...) where i18n/ gives one, its English name otherwise.
            var named = language.Strings.GetValueOrDefault("currency_" + cost.Currency);
            return new PriceView(
                cost.Item,
                PriceText.Range(cost, language),
                cost.Per,
                cost.Currency,
                named ?? CurrencyCodes.NameByCode.GetValueOrDefault(cost.Currency, cost.Currency),
                cost.Year.Value,
                SourceLinkView.Of(cost.Ref, context, language),
                Cited([cost.Ref], citations))
            {
                CurrencyNameLang = named is null && language.Folder is not null ? context.ReferenceLanguage.Code : null,
            };
        }).ToList());
}
