using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Translations;

/// <summary>The feed of each translation language: its translated articles, at its own address, named by its pages.</summary>
public sealed class TranslatedFeedTests
{
    [Fact]
    public void The_Spanish_feed_lists_the_Spanish_articles_in_Spanish_with_their_English_change_notes_marked_as_English()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        var feed = site.ReadOutput("es/feed.xml");
        feed.ShouldContain("xml:lang=\"es\"");
        feed.ShouldContain("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://test.example/es/feed.xml\" />");
        feed.ShouldContain("<title>¿Qué es una muestra?</title>");
        feed.ShouldContain("<link rel=\"alternate\" type=\"text/html\" href=\"https://test.example/es/articles/que-es-una-muestra/\" />");
        feed.ShouldContain("<summary>Un artículo breve que usan las pruebas.</summary>");
        feed.ShouldContain("&lt;p&gt;Qu&amp;#233; cambi&amp;#243;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;1 de noviembre de 2026: &lt;span lang=\"en\"&gt;Added how deep the injections go.&lt;/span&gt;&lt;/li&gt;");
        feed.ShouldNotContain("/articles/sample/");
    }

    [Fact]
    public void A_Spanish_page_names_the_Spanish_feed_in_its_head_and_an_English_page_the_English_one()
    {
        using var site = new TestSite();
        site.AddSpanish();

        site.Build().Succeeded.ShouldBeTrue();

        site.ReadOutput("es/articles/que-es-una-muestra/index.html").ShouldContain("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/es/feed.xml\"");
        site.ReadOutput("articles/sample/index.html").ShouldContain("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.xml\"");
    }
}
