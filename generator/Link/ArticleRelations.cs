using KnowledgeBase.Content;
using KnowledgeBase.Markdown.Glossary;

namespace KnowledgeBase.Link;

/// <summary>How one article relates to the rest of the site, for its breadcrumbs and the links after its body.</summary>
/// <param name="Topics">The topics of the article's tags, in the order of its tags.</param>
/// <param name="Previous">The article before this one in its main topic.</param>
/// <param name="Next">The article after this one in its main topic.</param>
/// <param name="Related">The articles that share most tags and sources with this one, most related first.</param>
/// <param name="Glossary">The first use of each glossary term the article uses, which its page links to the term.</param>
public sealed record ArticleRelations(IReadOnlyList<Topic> Topics, Article? Previous, Article? Next, IReadOnlyList<Article> Related, GlossaryFirstUses Glossary)
{
    public static readonly ArticleRelations None = new([], null, null, [], GlossaryFirstUses.None);

    /// <summary>The topic of the article's first tag, which its breadcrumbs and previous/next follow; null without tags.</summary>
    public Topic? MainTopic => Topics.Count > 0 ? Topics[0] : null;
}
