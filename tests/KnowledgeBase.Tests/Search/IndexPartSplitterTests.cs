using KnowledgeBase.Index;
using Shouldly;

namespace KnowledgeBase.Tests.Search;

public sealed class IndexPartSplitterTests
{
    [Theory]
    [InlineData("aqualyx", "are", "aq", "ar")]
    [InlineData("choic", "choos", "choi", "choo")]
    [InlineData("ár", "áz", "ár", "áz")]
    public void Two_parts_are_bounded_by_the_shortest_beginnings_that_tell_their_words_apart(string last, string first, string before, string after) =>
        IndexPartSplitter.Boundary(last, first).ShouldBe((before, after));
}
