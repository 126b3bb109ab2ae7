using System.Text.Json.Nodes;
using KnowledgeBase.Blocks.ApprovalStatus;
using KnowledgeBase.Content;

namespace KnowledgeBase.Render.StructuredData;

/// <summary>A regulator's decision as a schema.org DrugLegalStatus, with the place it applies to and the regulator.</summary>
public static class DrugLegalStatusStructuredData
{
    /// <summary>
    /// Named "FDA (United States): approved, 2015-04-29", with the editor's sentence as its description. schema.org
    /// gives a legal status no date of its own, so the date, when known, is in the name.
    /// </summary>
    public static JsonObject Of(RegulatoryDecision decision) => new()
    {
        ["@type"] = "DrugLegalStatus",
        ["name"] = $"{decision.RegulatorWithRegion}: {RegulatoryStatusNames.NameOf(decision.Status)}{(decision.Date is { } date ? ", " + date.Value.Iso : "")}",
        ["description"] = decision.Summary,
        ["applicableLocation"] = new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = decision.Region },
        ["recognizingAuthority"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = decision.Regulator },
    };
}
