using System.Runtime.CompilerServices;
using KnowledgeBase.Markdown;
using Markdig.Renderers;
using Shouldly;

namespace KnowledgeBase.Tests.Markdown;

/// <summary>A stored article's tree is held only while something reads it, and parsed again, the same, when read after it was freed.</summary>
public sealed class MarkdownTreeTests
{
    private const string Text = "## What it is\n\nShots of *a mix* into the skin.\n\n| Use | Evidence |\n|---|---|\n| Fat | Low |\n";

    [Fact]
    public void A_tree_the_collector_freed_is_parsed_again_and_renders_the_same_page()
    {
        var parses = 0;
        var (tree, before) = ReadOnce(() => parses++);
        parses.ShouldBe(0);

        FreeUnheldObjects();
        var after = Html(tree.Document);

        parses.ShouldBe(1);
        after.ShouldBe(before);
    }

    [Fact]
    public void A_tree_still_read_somewhere_is_not_parsed_again()
    {
        var parses = 0;
        var tree = MarkdownTree.ParsedWhenRead(() =>
        {
            parses++;
            return Markdig.Markdown.Parse(Text, MarkdownPipelineFactory.Create());
        });
        var held = tree.Document;

        FreeUnheldObjects();

        tree.Document.ShouldBeSameAs(held);
        parses.ShouldBe(1);
    }

    /// <summary>A tree parsed at load and read once, in a method of its own so that nothing in the test holds the parsed document.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (MarkdownTree Tree, string Html) ReadOnce(Action parsedAgain)
    {
        var pipeline = MarkdownPipelineFactory.Create();
        var tree = MarkdownTree.ParsedAgainWhenFreed(Markdig.Markdown.Parse(Text, pipeline), () =>
        {
            parsedAgain();
            return Markdig.Markdown.Parse(Text, pipeline);
        });
        return (tree, Html(tree.Document));
    }

    private static string Html(Markdig.Syntax.MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Create().Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private static void FreeUnheldObjects()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
