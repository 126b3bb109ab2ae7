using KnowledgeBase.Index;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

public sealed class IndexPartSplitterTests
{
    [Theory]
    [InlineData("aqualyx", "are", "ar")]
    [InlineData("choic", "choos", "choo")]
    [InlineData("ar", "are", "are")]
    [InlineData("ár", "áz", "áz")]
    public void A_part_begins_at_the_shortest_beginning_of_its_first_word_that_sorts_after_the_word_before(string last, string first, string bound) =>
        IndexPartSplitter.FirstBound(last, first).ShouldBe(bound);
}
