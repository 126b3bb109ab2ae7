using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks;

/// <summary>
/// A kind of block written as a list under its key, one mapping per item (decisions, uses, prices, studies); an
/// article whose list is missing or empty does not have the block.
/// </summary>
/// <param name="example">The block as an editor would write it (<see cref="IEvidenceBlock.Example"/>).</param>
/// <param name="readItem">Reads one item, reporting only what cannot be read.</param>
/// <param name="create">The article's block for the items read.</param>
public abstract class ItemListBlock<TItem>(
    string key,
    string sectionId,
    string template,
    string example,
    Func<YamlFields, TItem?> readItem,
    Func<IEvidenceBlock, IReadOnlyList<TItem>, ArticleBlock> create)
    : IEvidenceBlock
    where TItem : class
{
    public string Key => key;

    public string SectionId => sectionId;

    public string Template => template;

    public string Example => example;

    public ArticleBlock? Read(YamlFields frontMatter) =>
        frontMatter.ObjectList(Key, readItem, DiagnosticCode.UnknownBlockField) is { Count: > 0 } items ? create(this, items) : null;
}
