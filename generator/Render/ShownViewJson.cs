using System.Text.Json.Serialization;
using KnowledgeBase.Render.Views;

namespace KnowledgeBase.Render;

/// <summary>
/// How the views that pages are stamped by are written as JSON, generated when the generator is compiled: made by
/// reflection, each build would first emit and compile a reader for every property. A view not listed here is still
/// written, by reflection (<see cref="RenderContext"/> falls back to it).
/// </summary>
[JsonSourceGenerationOptions(IncludeFields = true)]
[JsonSerializable(typeof(object[]))]
[JsonSerializable(typeof(PageMeta))]
[JsonSerializable(typeof(IReadOnlyList<AlternateView>))]
[JsonSerializable(typeof(HomeView))]
[JsonSerializable(typeof(GlossaryPageView))]
[JsonSerializable(typeof(TopicPageView))]
[JsonSerializable(typeof(TopicsPageView))]
[JsonSerializable(typeof(TranslationsPageView))]
[JsonSerializable(typeof(List<CitedInArticleView>))]
internal sealed partial class ShownViewJson : JsonSerializerContext;
