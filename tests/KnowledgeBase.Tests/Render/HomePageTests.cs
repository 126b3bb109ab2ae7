using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

/// <summary>The home page a patient lands on: what the site is, their questions, search, the evidence and the review date.</summary>
[Collection(ReadingSiteCollection.Name)]
public sealed class HomePageTests(ReadingSite site)
{
    [Fact]
    public void Home_page_opens_with_the_introduction_sentence_from_site_yml()
    {
        var page = site.Page("/");

        page.QuerySelector("main h1")!.NextElementSibling!.TextContent
            .ShouldBe("This test site explains a treatment in plain words, is written by a test team, and sells nothing.");
    }

    [Fact]
    public void Each_question_links_to_the_section_that_answers_it_and_names_it()
    {
        var questions = site.Page("/").QuerySelectorAll(".questions li").ToList();

        questions.Select(q => (q.QuerySelector("a")!.TextContent, q.QuerySelector("a")!.GetAttribute("href")))
            .ShouldBe([("Does it remove fat?", "/articles/fat/#how-it-is-done"), ("What does it cost?", "/articles/cost/")]);
        questions[0].QuerySelector(".question-source")!.TextContent.ShouldBe("Answered in: How it is done (Does it remove fat?)");
        questions[1].QuerySelector(".question-source")!.TextContent.ShouldBe("Answered in: Cost of treatment");
    }

    [Fact]
    public void Questions_come_before_the_evidence_and_the_list_of_articles()
    {
        var headings = site.Page("/").QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();

        headings.IndexOf("Questions people ask").ShouldBe(0);
        headings.IndexOf("Evidence at a glance").ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Search_box_sends_the_question_to_the_search_page()
    {
        var form = site.Page("/").QuerySelector("main form[role=search]")!;

        form.GetAttribute("action").ShouldBe("/search/");
        form.GetAttribute("method").ShouldBe("get");
        form.QuerySelector("input[type=search]")!.GetAttribute("name").ShouldBe("q");
        form.QuerySelector("label")!.GetAttribute("for").ShouldBe(form.QuerySelector("input")!.Id);
    }

    [Fact]
    public void Evidence_at_a_glance_lists_every_graded_use_strongest_first_with_its_article()
    {
        var items = site.Page("/").QuerySelectorAll(".evidence-item").ToList();

        items.Select(item => (item.QuerySelector(".evidence-use")!.TextContent, item.QuerySelector(".glance-level strong")!.TextContent))
            .ShouldBe([("Chin fat", "High"), ("Fat loss", "Very low")]);
        items[0].QuerySelector(".evidence-more a")!.GetAttribute("href").ShouldBe("/articles/chin/");
        items[1].QuerySelector(".evidence-verdict")!.TextContent.ShouldBe("No clear effect in one small study.");
    }

    [Fact]
    public void Evidence_at_a_glance_lists_uses_in_the_same_order_as_the_evidence_page_even_when_two_articles_grade_the_same_use()
    {
        // Publishing order is by title, so "A look at fat" comes first although its address sorts last.
        using var twoArticles = new TestSite(withSampleArticle: false);
        twoArticles.AddRepositoryReferences("park2008");
        const string uses = "uses:\n  - name: Fat loss\n    evidence: very-low\n    verdict: No clear effect.\n    refs: [park2008]\n";
        twoArticles.Write("content/articles/zone.md", ReadingSite.Article("A look at fat", "Fat.", "[fat]", "2026-10-01", "Shots [@park2008].", uses));
        twoArticles.Write("content/articles/body.md", ReadingSite.Article("Body shape", "Shape.", "[fat]", "2026-10-01", "Shots [@park2008].", uses));
        twoArticles.Build().Succeeded.ShouldBeTrue();
        var parser = new HtmlParser();

        var home = parser.ParseDocument(twoArticles.ReadOutput("index.html")).QuerySelectorAll(".evidence-more a").Select(link => link.GetAttribute("href")!).ToList();
        var evidence = parser.ParseDocument(twoArticles.ReadOutput("evidence/index.html")).QuerySelectorAll(".evidence-table tbody th a")
            .Select(link => link.GetAttribute("href")!.Split('#')[0]).ToList();

        home.ShouldBe(["/articles/body/", "/articles/zone/"]);
        evidence.ShouldBe(home);
    }

    [Fact]
    public void Home_page_dates_the_latest_source_check_without_claiming_a_medical_review()
    {
        var line = site.Page("/").QuerySelector(".site-reviewed")!;

        line.QuerySelector("time")!.GetAttribute("datetime").ShouldBe("2026-11-20");
        line.TextContent.ShouldStartWith("Sources last checked");
        line.TextContent.ShouldContain("whether a clinician has reviewed it");
    }

    [Fact]
    public void Home_page_lists_the_topics_with_their_number_of_articles()
    {
        site.Page("/").QuerySelectorAll(".topic-list li").Select(li => li.TextContent.Trim())
            .ShouldBe(["Fat and body shape (3)", "Cost (1)", "Hair (1)", "Safety (2)"]);
    }
}
