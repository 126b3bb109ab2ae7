namespace KnowledgeBase.Content;

/// <summary>
/// A link to an article, or to one section of it, written as a site path in site.yml:
/// "/articles/&lt;slug&gt;/" or "/articles/&lt;slug&gt;/#&lt;heading-id&gt;".
/// </summary>
public sealed record SectionAddress(string Slug, string? HeadingId)
{
    /// <summary>The address, or null when the text is not the path of an article (with or without a section).</summary>
    public static SectionAddress? Parse(string text)
    {
        var hash = text.IndexOf('#');
        var path = hash < 0 ? text : text[..hash];
        var fragment = hash < 0 ? null : text[(hash + 1)..];
        return SiteUrls.ArticleSlugOf(path.EndsWith('/') ? path : path + "/") is { } slug && fragment is not ""
            ? new SectionAddress(slug, fragment)
            : null;
    }
}
