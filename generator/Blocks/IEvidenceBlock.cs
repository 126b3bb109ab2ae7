using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks;

/// <summary>
/// A kind of structured evidence block: the front-matter key it is written under, the id of its section on the
/// article page, the template that lays it out, and how it is read. What one article's block then shows, cites and
/// must satisfy is its <see cref="ArticleBlock"/>. Every kind is listed once, in <see cref="EvidenceBlockRegistry"/>.
/// </summary>
public interface IEvidenceBlock
{
    /// <summary>The front-matter key, such as <c>costs</c>.</summary>
    string Key { get; }

    /// <summary>
    /// The id of the block's section on the article page. Clinics link to these like to any heading, so they never
    /// change, and no heading in the article may take one.
    /// </summary>
    string SectionId { get; }

    /// <summary>The name of the template that lays out the block's view, such as <c>price-list</c>.</summary>
    string Template { get; }

    /// <summary>
    /// The block as an editor would write it in front matter, which the file `new article` writes commented out:
    /// each field with a comment on what it holds.
    /// </summary>
    string Example { get; }

    /// <summary>
    /// Reads the block from an article's front matter, reporting only what cannot be read (a wrong shape or type, an
    /// unknown key, a missing field); null when the article does not have the block.
    /// </summary>
    ArticleBlock? Read(YamlFields frontMatter);
}
