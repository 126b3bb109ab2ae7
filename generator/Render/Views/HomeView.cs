namespace KnowledgeBase.Render.Views;

/// <summary>The home page: what the site is and the articles that answer patients' questions.</summary>
public sealed record HomeView(string SiteTitle, string Description, IReadOnlyList<ArticleLinkView> Articles);

/// <summary>An article as it appears in a list: title, summary and link.</summary>
public sealed record ArticleLinkView(string Title, string Summary, string Url);
