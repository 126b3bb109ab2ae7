using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Building;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Citations;

/// <summary>The citation sample built once for a whole test class.</summary>
public sealed class CitationSiteFixture : IDisposable
{
    public CitationSiteFixture()
    {
        Site = new TestSite(withSampleArticle: false);
        CitationSample.WriteTo(Site);
        Result = Site.Build();
    }

    public TestSite Site { get; }

    public BuildResult Result { get; }

    public IHtmlDocument Page(string relativePath) => new HtmlParser().ParseDocument(Site.ReadOutput(relativePath));

    public void Dispose() => Site.Dispose();
}
