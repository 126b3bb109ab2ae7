namespace KnowledgeBase.Render.Views;

/// <summary>The 404 page: where to go instead, with the articles listed (the first of them, on a site with more than a page lists).</summary>
public sealed record NotFoundView(string HomeUrl, IReadOnlyList<ArticleLinkView> Articles);
