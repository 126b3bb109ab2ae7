using System.Text;

namespace KnowledgeBase.Scaffold;

/// <summary>Writes a value as a YAML double-quoted scalar, so any title or identifier reads back exactly as given.</summary>
public static class YamlText
{
    public static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var character in value)
        {
            text.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' or '\r' => " ",
                _ => character.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
