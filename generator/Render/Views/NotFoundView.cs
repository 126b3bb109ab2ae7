namespace KnowledgeBase.Render.Views;

/// <summary>The 404 page: where to go instead, with every article listed.</summary>
public sealed record NotFoundView(string HomeUrl, IReadOnlyList<ArticleLinkView> Articles);
