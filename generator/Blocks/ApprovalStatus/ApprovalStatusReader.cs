using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Load;

namespace KnowledgeBase.Blocks.ApprovalStatus;

/// <summary>Reads one regulator's decision, reporting what cannot be read.</summary>
public static class ApprovalStatusReader
{
    public static RegulatoryDecision ReadDecision(YamlFields fields) => new(
        fields.RequiredString("region") ?? "",
        fields.RequiredString("regulator") ?? "",
        fields.RequiredString("treatment") ?? "",
        fields.Choice("status", RegulatoryStatusNames.ByName, DiagnosticCode.UnknownRegulatoryStatus) ?? RegulatoryStatusKind.NotApproved,
        ReadDate(fields),
        fields.RequiredString("summary") ?? "",
        fields.RequiredStringList("refs", ApprovalStatusRules.WhatToCite))
    {
        RefsLocation = fields.Contains("refs") ? fields.LocationOf("refs") : null,
    };

    /// <summary>Optional, and only as precise as the source: a month or a year is never padded into a day.</summary>
    private static Located<PartialDate>? ReadDate(YamlFields fields)
    {
        var text = fields.OptionalString("date");
        if (text is null)
        {
            return null;
        }

        if (PartialDate.Parse(text) is { } date)
        {
            return new Located<PartialDate>(date, fields.LocationOf("date"));
        }

        fields.Diagnostics.Error(DiagnosticCode.InvalidDate, fields.LocationOf("date"),
            $"'date' is '{text}', which is not a real date written as YYYY-MM-DD, YYYY-MM or YYYY (for example 2015-04-29, 2015-07 or 2016); give only as much as the source says, or leave the date out");
        return null;
    }
}
