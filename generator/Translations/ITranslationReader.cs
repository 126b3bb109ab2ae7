using KnowledgeBase.Load;

namespace KnowledgeBase.Translations;

/// <summary>Reads the translated fields of one kind of content (articles, pages, sources) over the English item.</summary>
public interface ITranslationReader<T>
{
    /// <summary>Fields the translation inherits from the English file, which it must not repeat.</summary>
    IReadOnlySet<string> InheritedKeys { get; }

    /// <summary>
    /// The item in the translation's language: the translated fields read from <paramref name="fields"/>, everything else
    /// the English item's. <paramref name="englishFields"/> are the English file's, for comparing what must not change;
    /// null when the English file changed since the version translated, which the stale warning (KB096) reports instead.
    /// </summary>
    T Read(FrontMatterDocument document, YamlFields fields, T english, YamlFields? englishFields);
}
