using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Blocks.Session;

/// <summary>What a session's description must mean: everything it says names its sources.</summary>
public static class SessionRules
{
    public static void Check(SessionDescription session, DiagnosticBag diagnostics)
    {
        foreach (var statement in session.Parts.SelectMany(part => part.Statements))
        {
            if (statement is { Known: true, Refs.Count: 0, RefsLocation: { } refsLocation })
            {
                diagnostics.Error(DiagnosticCode.MissingField, refsLocation,
                    "required field 'refs' is empty; name the sources that say this, or write it as '- not_known: ...' if none does");
            }
        }
    }
}
