using System.Text;
using KnowledgeBase.Render;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

/// <summary>Readers download the stylesheet without the comments written for engineers.</summary>
public sealed class StylesheetCommentsTests
{
    [Fact]
    public void Comments_go_and_strings_that_look_like_comments_stay()
    {
        const string css = "/* why */\na::before { content: \"/* not a comment */\"; }\nb { color: red; /* a note\n   over two lines */ }\nc::after { content: '*/'; }\n";

        var published = Encoding.UTF8.GetString(StylesheetComments.Strip(Encoding.UTF8.GetBytes(css)));

        published.ShouldBe("\na::before { content: \"/* not a comment */\"; }\nb { color: red;  }\nc::after { content: '*/'; }\n");
    }

    [Fact]
    public void The_published_site_stylesheet_has_no_comments_and_the_same_rules()
    {
        using var site = new TestSite();
        site.Build().Succeeded.ShouldBeTrue();

        var source = File.ReadAllText(Path.Combine(site.Root, "templates/assets/site.css"));
        var published = File.ReadAllText(Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").ShouldHaveSingleItem());

        source.ShouldContain("/*");
        published.ShouldNotContain("/*");
        published.Count(c => c == '{').ShouldBe(source.Count(c => c == '{'));
    }
}
