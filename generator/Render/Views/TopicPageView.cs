namespace KnowledgeBase.Render.Views;

/// <summary>A topic (tag) page: its title, what it covers and its articles with their summaries.</summary>
public sealed record TopicPageView(string Title, string Description, IReadOnlyList<ArticleLinkView> Articles);

/// <summary>The list of every topic.</summary>
public sealed record TopicsPageView(string Title, IReadOnlyList<TopicLinkView> Topics);
