using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown.Glossary;
using Shouldly;

namespace KnowledgeBase.Tests.Glossary;

public sealed class GlossaryMatcherTests
{
    private static readonly GlossaryMatcher Matcher = new(
    [
        Term("Alopecia"),
        Term("Androgenetic alopecia", "pattern hair loss"),
        Term("GRADE"),
        Term("Off-label"),
        Term("Lipodissolve"),
    ]);

    private static GlossaryTerm Term(string name, params string[] synonyms) => new(name, "A definition.", synonyms, [], SourceLocation.StartOf("content/glossary.yml"));

    private static IEnumerable<string> Found(string text) => Matcher.Matches(text).Select(match => text.Substring(match.Start, match.Length));

    [Fact]
    public void Matches_whole_words_in_any_case()
    {
        Found("ALOPECIA and alopecia, but not alopeciae").ShouldBe(["ALOPECIA", "alopecia"]);
    }

    [Fact]
    public void Prefers_the_longest_name_where_names_overlap()
    {
        Found("Pattern hair loss, also called androgenetic alopecia.").ShouldBe(["Pattern hair loss", "androgenetic alopecia"]);
    }

    [Fact]
    public void A_name_in_capitals_matches_only_in_capitals()
    {
        Found("GRADE rates evidence; reading grade 8 is not it.").ShouldBe(["GRADE"]);
    }

    [Fact]
    public void Hyphenated_names_match_and_citation_keys_do_not()
    {
        Found("An off-label use [@fda2010_lipodissolve] of lipodissolve").ShouldBe(["off-label", "lipodissolve"]);
    }
}
