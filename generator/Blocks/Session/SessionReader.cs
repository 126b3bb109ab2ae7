using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.Session;

/// <summary>Reads the parts of a session, reporting what cannot be read: a part left out, an entry that neither says nor admits anything, an unknown key.</summary>
public static class SessionReader
{
    /// <summary>
    /// The key of every part, in the order of a visit; each must be written, if only to say that nothing is known about
    /// it. Its label, in each language, is in i18n/ (<see cref="SessionPart.LabelKey"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> Parts = ["before", "shots", "numbing", "how_long", "how_many", "aftercare", "results_last"];

    private const string WhatToWrite = "write what the sources say as '- says: ...' with its 'refs:', or '- not_known: ...' where they say nothing";

    public static IReadOnlyList<SessionPart> ReadParts(YamlFields fields)
    {
        var parts = new List<SessionPart>();
        foreach (var key in Parts)
        {
            var statements = fields.ObjectList(key, ReadStatement);
            if (statements.Count == 0)
            {
                fields.Diagnostics.Error(DiagnosticCode.MissingField, fields.LocationOf(key),
                    $"required field '{key}' is missing or empty; {WhatToWrite}");
            }

            parts.Add(new SessionPart(key, statements));
        }

        fields.ReportUnknownKeys();
        return parts;
    }

    private static SessionStatement? ReadStatement(YamlFields fields)
    {
        var says = fields.OptionalString("says");
        var notKnown = fields.OptionalString("not_known");
        if (says is not null && notKnown is not null)
        {
            fields.Diagnostics.Error(DiagnosticCode.InvalidValue, fields.LocationOf("not_known"),
                "an entry either says what the sources say or that nothing is known, not both; make it two entries");
        }

        if (says is not null)
        {
            return new SessionStatement(says, Known: true, fields.RequiredStringList("refs", "list the sources of this sentence, such as 'refs: [park2008]'"))
            {
                RefsLocation = fields.Contains("refs") ? fields.LocationOf("refs") : null,
            };
        }

        if (notKnown is not null)
        {
            return new SessionStatement(notKnown, Known: false, []);
        }

        fields.Diagnostics.Error(DiagnosticCode.MissingField, fields.Location, $"required field 'says' or 'not_known' is missing; {WhatToWrite}");
        return null;
    }
}
