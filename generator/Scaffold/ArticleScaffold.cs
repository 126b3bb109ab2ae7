using System.Globalization;
using KnowledgeBase.Blocks;
using KnowledgeBase.Content;

namespace KnowledgeBase.Scaffold;

/// <summary>
/// The file `new article "Title"` writes: every front matter field of CONTENT.md with a comment on what it is
/// for, the title and today's dates filled in, and the article kept as a draft until the editor publishes it.
/// </summary>
public static class ArticleScaffold
{
    /// <summary>Articles are reviewed at least once a year (CONTENT.md), so the first review is due a year on.</summary>
    private const int MonthsToNextReview = 12;

    public static string FileName(string title) => Slugs.Slugify(title) + ".md";

    public static string Text(string title, DateOnly today)
    {
        var slug = Slugs.Slugify(title);
        var todayText = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var nextReview = today.AddMonths(MonthsToNextReview).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"""
            ---
            # Every field an article can have. Lines starting with '#' are comments: they are ignored, and
            # you may delete them. Fields marked "required" must have a value before `check` passes.

            # Required. The question or topic, shown as the page heading.
            title: {YamlText.Quoted(title)}
            # Required. One or two plain sentences, shown in lists, search results and link previews.
            summary:
            # The address is /articles/{slug}/ (from the file name). To choose another, set slug;
            # once published, never change it without keeping the old address in aliases.
            # slug: {slug}
            # Old addresses that should redirect here, e.g. [/articles/old-name/].
            aliases: []
            # Topics, e.g. [fat, cellulite].
            tags: []
            # Required. Who wrote the article: ids of entries in content/people.yml.
            authors: [editorial-team]
            # The clinicians who reviewed the article on last_reviewed, by id (each marked 'clinician: true' in
            # content/people.yml). Leave it empty until a clinician has: the page then says so plainly.
            reviewed_by: []
            # Required. Dates as YYYY-MM-DD. First published, and last updated: set both to the day you publish,
            # and change updated (with a line under changes) whenever the content changes.
            published: {todayText}
            updated: {todayText}
            # Required. When the editorial team last checked the whole article against its sources, and when the
            # next check is due: update both after each check.
            last_reviewed: {todayText}
            next_review: {nextReview}
            # Required. The date up to which the sources were searched.
            sources_searched: {todayText}
            # true keeps the article off the published site (serve still shows it). Set false to publish.
            draft: true
            # What changed, one line each, shown at the end of the page and in the feed, newest first.
            changes:
              - date: {todayText}
                change: First published.
            # 3-5 short bullets shown at the top, each with a citation.
            key_points: []
            #  - Small studies found no clear benefit [@park2008].

            # Optional evidence blocks; see "Structured evidence blocks" in CONTRIBUTING.md. Remove the '# '
            # in front of a block's lines to use it.
            {CommentedBlockExamples()}
            ---
            Write the article here, in Markdown, in short sentences and everyday words. Cite a source after
            each fact with its key in square brackets and an at sign, and preview with `serve`.

            """;
    }

    /// <summary>Every block's example, in the order pages show the blocks, commented out line by line.</summary>
    private static string CommentedBlockExamples() =>
        string.Join("\n", EvidenceBlockRegistry.All.SelectMany(block => block.Example.Split('\n')).Select(line => "# " + line));
}
