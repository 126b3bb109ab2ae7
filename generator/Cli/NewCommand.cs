using System.CommandLine;
using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Scaffold;
using KnowledgeBase.Validate;
using Spectre.Console;

namespace KnowledgeBase.Cli;

/// <summary>`new article` and `new reference`: start a content file that lists every field, never replacing one.</summary>
internal sealed class NewCommand : Command
{
    public NewCommand(CommandContext context)
        : base("new", "Start a new article or source from a file that lists every field.")
    {
        Subcommands.Add(Article(context));
        Subcommands.Add(Reference(context));
    }

    private static Command Article(CommandContext context)
    {
        var title = new Argument<string>("title") { Description = "The article's title, in quotes; the file name is made from it" };
        var article = new Command("article", "Write content/articles/<title-as-slug>.md with every field, commented, dated today; never overwrites.") { title };
        article.SetAction(parse => context.WithSiteRoot(parse, siteRoot =>
        {
            var text = parse.GetValue(title)!;
            return string.IsNullOrEmpty(Slugs.Slugify(text))
                ? context.UsageError("the title must contain letters or digits, from which the file name is made")
                : WriteScaffold(context, siteRoot, Path.Combine("content", "articles", ArticleScaffold.FileName(text)), ArticleScaffold.Text(text, context.Today), "summary");
        }));
        return article;
    }

    private static Command Reference(CommandContext context)
    {
        var key = new Argument<string>("key") { Description = "The citation key, which is also the file name, e.g. park2008" };
        var doi = new Option<string?>("--doi") { Description = "The source's DOI, e.g. 10.1097/01.prs.0000304611.71480.0a" };
        var pmid = new Option<string?>("--pmid") { Description = "The source's PubMed id, e.g. 18349597" };
        var type = new Option<string>("--type") { Description = "The kind of source", DefaultValueFactory = _ => ReferenceScaffold.DefaultType };
        type.AcceptOnlyFromAmong([.. ReferenceNames.Types.Keys]);
        var reference = new Command("reference", "Write content/references/<key>.md with every field, commented; never overwrites.") { key, doi, pmid, type };
        reference.SetAction(parse => context.WithSiteRoot(parse, siteRoot =>
        {
            var (keyText, doiText, pmidText) = (parse.GetValue(key)!, parse.GetValue(doi), parse.GetValue(pmid));
            if (!CitationValidator.IsReferenceKey(keyText))
            {
                return context.UsageError($"'{keyText}' cannot be a citation key: use letters, digits, '_' and '-', such as park2008");
            }

            if (doiText is not null && !CitationValidator.IsDoi(doiText))
            {
                return context.UsageError($"'{doiText}' is not a DOI; a DOI starts with '10.', such as 10.1097/01.prs.0000304611.71480.0a");
            }

            if (pmidText is not null && !CitationValidator.IsPmid(pmidText))
            {
                return context.UsageError($"'{pmidText}' is not a PMID; a PMID is a number such as 18349597");
            }

            var text = ReferenceScaffold.Text(keyText, parse.GetValue(type)!, doiText, pmidText, context.Today);
            return WriteScaffold(context, siteRoot, Path.Combine("content", "references", ReferenceScaffold.FileName(keyText)), text, "title, authors, year, unverified");
        }));
        return reference;
    }

    /// <summary>
    /// Creates the file, refusing to replace anything that has its name (a file, a folder, a link): an editor's work is
    /// never overwritten. A failure to write it (a read-only folder, a file where a folder should be, a full disk) removes
    /// what this command made, the file and any folder made for it, and says so.
    /// </summary>
    private static int WriteScaffold(CommandContext context, string siteRoot, string relativePath, string text, string fillIn)
    {
        var path = Path.Combine(siteRoot, relativePath);
        var shown = relativePath.Replace('\\', '/');
        var folder = Path.GetDirectoryName(path)!;
        if (NameDifferingOnlyInCase(path) is { } existing)
        {
            return context.UsageError($"{Path.GetDirectoryName(shown)!.Replace('\\', '/')}/{existing} already exists, and its name differs from {Path.GetFileName(shown)} only " +
                "in case: on Windows and macOS the two would be one file, and a checkout there would keep only one of them. Nothing was created; " +
                "edit that file, or choose another name");
        }

        var outermostNewFolder = OutermostMissingFolder(folder);
        var created = false;
        try
        {
            Directory.CreateDirectory(folder);
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            created = true;
            file.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }
        catch (IOException) when (!created && (Path.Exists(path) || new FileInfo(path).LinkTarget is not null))
        {
            return context.UsageError($"{shown} already exists, and was left as it was; edit it, or choose another name");
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return context.InputOutputFailure($"could not create {shown}", failure.Message, Undo(path, created, folder, outermostNewFolder)
                ? "Nothing was changed: no file was created, and no file was replaced."
                : $"No file was replaced, but {shown}, or a folder made for it, could not be removed and is still there.");
        }

        context.Console.MarkupLine($"Created [green]{Markup.Escape(shown)}[/]. Fill in {Markup.Escape(fillIn)}, then run check.");
        return ExitCodes.Ok;
    }

    /// <summary>The name of an entry beside <paramref name="path"/> that differs from its name only in case, or null.</summary>
    private static string? NameDifferingOnlyInCase(string path)
    {
        var (folder, name) = (Path.GetDirectoryName(path)!, Path.GetFileName(path));
        return Directory.Exists(folder)
            ? Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName)
                .FirstOrDefault(entry => !string.Equals(entry, name, StringComparison.Ordinal) && string.Equals(entry, name, StringComparison.OrdinalIgnoreCase))
            : null;
    }

    /// <summary>The outermost folder of the path to <paramref name="folder"/> that does not exist yet, or null when it exists.</summary>
    private static string? OutermostMissingFolder(string folder)
    {
        string? missing = null;
        for (var current = folder; !Path.Exists(current) && Path.GetDirectoryName(current) is { } parent; current = parent)
        {
            missing = current;
        }

        return missing;
    }

    /// <summary>
    /// Deletes the file this command created (it was new, so it held nothing but the scaffold) and the folders made for it
    /// while they are empty, the innermost first; false when any of them is still there.
    /// </summary>
    private static bool Undo(string path, bool created, string folder, string? outermostNewFolder)
    {
        try
        {
            if (created)
            {
                File.Delete(path);
            }

            for (var current = folder; outermostNewFolder is not null; current = Path.GetDirectoryName(current)!)
            {
                // Not recursive: a folder something else has put a file into since is left.
                if (Directory.Exists(current))
                {
                    Directory.Delete(current);
                }

                if (current == outermostNewFolder)
                {
                    break;
                }
            }

            return true;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
