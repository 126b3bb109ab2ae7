using KnowledgeBase.Markdown;
using KnowledgeBase.Markdown.Citations;
using Markdig.Syntax;
using Shouldly;

namespace KnowledgeBase.Tests.Citations;

/// <summary>The sentence a citation page quotes for each place an article cites the source.</summary>
public sealed class CitingSentenceTests
{
    private static List<string> SentencesQuoted(string markdown)
    {
        var document = MarkdownTree.Of(Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Create()));
        return document.Document.Descendants<CitationGroup>().Select((_, group) => CitingSentence.Around(document, group).Text).ToList();
    }

    [Fact]
    public void Each_citation_of_a_paragraph_quotes_its_own_sentence_without_the_citations()
    {
        SentencesQuoted("Most people bruise [@park2008]. A few get an infection [@fda2010; @park2008].\n\nIt costs more than you think [@cost].")
            .ShouldBe(["Most people bruise.", "A few get an infection.", "It costs more than you think."]);
    }

    [Fact]
    public void A_citation_inside_emphasis_or_a_list_quotes_the_whole_sentence_around_it()
    {
        SentencesQuoted("- The shots are *not approved [@fda2010]* for fat. Ask why.\n- Other choices exist [@park2008].")
            .ShouldBe(["The shots are not approved for fat.", "Other choices exist."]);
    }
}
