using KnowledgeBase.Tests.Support;
using KnowledgeBase.Validate.Readability;
using Shouldly;

namespace KnowledgeBase.Tests.Translations;

/// <summary>Spanish translations are measured with INFLESZ, Spanish syllables counted by their vowel nuclei.</summary>
public sealed class SpanishReadabilityTests
{
    [Theory]
    [InlineData("mesoterapia", 5)]
    [InlineData("tratamiento", 4)]
    [InlineData("día", 2)]
    [InlineData("leer", 2)]
    [InlineData("muy", 1)]
    [InlineData("grasa", 2)]
    [InlineData("aceite", 3)]
    public void Spanish_syllables_split_only_strong_vowel_pairs_and_accented_i_or_u(string word, int syllables) =>
        SpanishSyllableCounter.Count(word).ShouldBe(syllables);

    [Fact]
    public void Check_prints_each_Spanish_translation_s_INFLESZ_and_warns_below_the_site_s_limit()
    {
        using var site = new TestSite();
        var longSentence = string.Concat(Enumerable.Repeat("la administración intradérmica de medicamentos heterogéneos ", 20)).Trim() + ".";
        site.AddSpanish(TestSite.SpanishSampleArticle.Replace("Unos milímetros.", longSentence));

        var (_, output) = site.Run("check");

        output.ShouldContain("Reading level in Spanish (INFLESZ, at least 65):");
        output.ShouldContain("content/articles/sample.es.md  (below the limit)");
        output.ShouldContain("content/articles/sample.es.md:18:1: warning KB053: the translation scores");
    }
}
