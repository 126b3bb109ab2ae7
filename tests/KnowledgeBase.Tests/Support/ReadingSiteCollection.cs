namespace KnowledgeBase.Tests.Support;

/// <summary>The test classes that read <see cref="ReadingSite"/>'s pages share one build of it.</summary>
[CollectionDefinition(Name)]
public sealed class ReadingSiteCollection : ICollectionFixture<ReadingSite>
{
    public const string Name = "Reading site";
}
