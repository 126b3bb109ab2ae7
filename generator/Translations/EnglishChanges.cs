using System.ComponentModel;
using System.Diagnostics;
using System.Text.RegularExpressions;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;
using KnowledgeBase.Markdown.HeadingAnchors;
using Markdig;
using Markdig.Syntax;

namespace KnowledgeBase.Translations;

/// <summary>
/// What changed in an English file since the version a translation translates: sections added or removed and
/// sources cited or no longer cited. The old version comes from git (<c>git cat-file -p &lt;revision&gt;</c>), so this
/// works only when the site is a git checkout holding that version; otherwise it is not known.
/// </summary>
public static partial class EnglishChanges
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The changes in one plain line, or null when the old version cannot be read.</summary>
    public static string? Describe(string siteRoot, string revision, string currentText, MarkdownPipeline pipeline)
    {
        if (OldVersion(siteRoot, revision) is not { } oldText)
        {
            return null;
        }

        var (oldSections, oldCitations) = Outline(oldText, pipeline);
        var (sections, citations) = Outline(currentText, pipeline);
        var changes = new[]
        {
            List("sections added", sections.Except(oldSections)),
            List("sections removed", oldSections.Except(sections)),
            List("sources now cited", citations.Except(oldCitations)),
            List("sources no longer cited", oldCitations.Except(citations)),
        }.OfType<string>().ToList();
        return changes.Count == 0 ? "its text changed, not its sections or sources" : string.Join("; ", changes);
    }

    private static string? List(string what, IEnumerable<string> items) =>
        items.ToList() is { Count: > 0 } list ? $"{what}: {string.Join(", ", list)}" : null;

    /// <summary>The ids of the file's H2 and H3 sections, and the keys of every source it cites (text, key points and blocks).</summary>
    private static (List<string> Sections, List<string> Citations) Outline(string text, MarkdownPipeline pipeline)
    {
        var body = FrontMatterSplitter.Split(new SourceText("english.md", text), new DiagnosticBag())?.Body ?? text;
        var sections = Markdig.Markdown.Parse(body, pipeline).Descendants<HeadingBlock>()
            .Where(heading => heading.Level is 2 or 3).Select(HeadingIds.IdOf).Distinct().ToList();
        var cited = CitationKey().Matches(text).Select(match => match.Groups[1].Value)
            .Concat(BlockRefs().Matches(text).SelectMany(match => match.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (sections, cited);
    }

    private static string? OldVersion(string siteRoot, string revision)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-C", siteRoot, "cat-file", "-p", revision })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEndAsync();
            _ = git.StandardError.ReadToEndAsync();
            return git.WaitForExit(GitTimeout) && git.ExitCode == 0 ? output.Result : null;
        }
        catch (Win32Exception)
        {
            // No git on this machine: what changed is not known.
            return null;
        }
    }

    [GeneratedRegex(@"@([A-Za-z0-9_][A-Za-z0-9_:.\-]*)")]
    private static partial Regex CitationKey();

    [GeneratedRegex(@"\brefs?:\s*\[?([^\]\n]*)\]?")]
    private static partial Regex BlockRefs();
}
