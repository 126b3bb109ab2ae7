using System.Text;
using System.Xml;

namespace KnowledgeBase.Render;

/// <summary>Writes an XML output file (sitemap, feed) the same way every time: UTF-8 without BOM, LF, indented.</summary>
public static class XmlOutput
{
    public static OutputFile Write(string outputPath, Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return new OutputFile(outputPath, stream.ToArray());
    }
}
