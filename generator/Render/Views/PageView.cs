namespace KnowledgeBase.Render.Views;

/// <summary>A standing page such as About or Privacy.</summary>
public sealed record PageView(string Title, string BodyHtml);
