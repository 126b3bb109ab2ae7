using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Cli.Reports;

/// <summary>
/// The report as one JSON document for tools: counts and the diagnostics with their code, severity, file, line,
/// column and message. Property names are only ever added, never renamed, so scripts keep working.
/// </summary>
public sealed class JsonReportWriter(TextWriter output) : ICheckReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Write(CheckReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteBoolean("linksChecked", report.LinksChecked);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code.Id);
                json.WriteString("title", diagnostic.Code.Title);
                json.WriteString("severity", diagnostic.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("file", diagnostic.Location.Path);
                json.WriteNumber("line", diagnostic.Location.Line);
                json.WriteNumber("column", diagnostic.Location.Column);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("readability");
            json.WriteNumber("maxGrade", report.Readability.MaxGrade);
            json.WriteStartArray("articles");
            foreach (var article in report.Readability.Articles)
            {
                json.WriteStartObject();
                json.WriteString("file", article.SourcePath);
                json.WriteString("title", article.Title);
                json.WriteNumber("grade", Math.Round(article.Level.Grade, 1));
                json.WriteNumber("wordsPerSentence", Math.Round(article.Level.WordsPerSentence, 1));
                json.WriteNumber("words", article.Level.Words);
                json.WriteNumber("sentences", article.Level.Sentences);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
