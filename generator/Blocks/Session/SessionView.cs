using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Blocks.Session;

/// <summary>What a session is like, part by part.</summary>
public sealed record SessionView(PageSectionView Heading, IReadOnlyList<SessionPartView> Parts);

/// <summary>One part of a session and its sentences.</summary>
public sealed record SessionPartView(string Label, IReadOnlyList<SessionStatementView> Statements);

/// <summary>A sentence with its citations, or something the sources do not say, shown as "Not known".</summary>
public sealed record SessionStatementView(string Text, bool Known, string CitationsHtml);
