using System.Text;
using KnowledgeBase.Render;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Render;

/// <summary>Readers download the scripts without the comments written for engineers, and the code itself unchanged.</summary>
public sealed class ScriptCommentsTests
{
    [Fact]
    public void Comments_go_and_strings_templates_and_regular_expressions_that_look_like_comments_stay()
    {
        const string script = """
            // why the module exists
            /**
             * What the function does.
             */
            export function f(a, b) {
              const url = "https://example.org/*x*/"; // a trailing note
              const quoted = 'it\'s // not a comment';
              const shown = `line // kept ${a /* inline */ + "}" + `${b}`} and /* kept */`;
              const pattern = /[/*]+\/\/x/g;
              return a / b / 2 + shown.replace(pattern, "") + url + quoted;
            }
            """;

        var published = Encoding.UTF8.GetString(ScriptComments.Strip(Encoding.UTF8.GetBytes(script)));

        published.ShouldBe("""
            export function f(a, b) {
              const url = "https://example.org/*x*/";
              const quoted = 'it\'s // not a comment';
              const shown = `line // kept ${a   + "}" + `${b}`} and /* kept */`;
              const pattern = /[/*]+\/\/x/g;
              return a / b / 2 + shown.replace(pattern, "") + url + quoted;
            }
            """);
    }

    [Fact]
    public async Task Every_published_script_is_still_valid_code_smaller_than_its_source_and_without_comment_lines()
    {
        var folder = Directory.CreateTempSubdirectory("kb-scripts-");
        try
        {
            foreach (var source in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "templates/assets"), "*.js"))
            {
                var bytes = File.ReadAllBytes(source);
                var published = ScriptComments.Strip(bytes);
                var text = Encoding.UTF8.GetString(published);

                published.Length.ShouldBeLessThan(bytes.Length, Path.GetFileName(source));
                text.Split('\n').ShouldNotContain(line => line.TrimStart().StartsWith("//") || line.TrimStart().StartsWith("/*"), Path.GetFileName(source));
                ScriptComments.Strip(published).ShouldBe(published, Path.GetFileName(source));

                // As a module, since some are: a module is parsed in strict mode, which a classic script also passes.
                var copy = Path.Combine(folder.FullName, Path.GetFileNameWithoutExtension(source) + ".mjs");
                File.WriteAllBytes(copy, published);
                var (exitCode, _, errors) = await NodeProcess.RunAsync("--check", copy);
                exitCode.ShouldBe(0, $"{Path.GetFileName(source)}: {errors}");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
