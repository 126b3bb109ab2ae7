using KnowledgeBase.Content;
using KnowledgeBase.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Load;

/// <summary>
/// Reads content/people.yml: who writes and reviews articles, each with an id, a name, credentials, a role and
/// declared interests. A clinician must state credentials, since only a clinician's review is shown as one.
/// </summary>
public static class PeopleReader
{
    public const string FileName = "people.yml";

    private static readonly IReadOnlyDictionary<string, PersonKind> Kinds = new Dictionary<string, PersonKind>(StringComparer.Ordinal)
    {
        ["person"] = PersonKind.Person,
        ["organization"] = PersonKind.Organization,
    };

    private const string Example = "'- id: editorial-team' followed by indented 'name:', 'kind:', 'credentials:', 'role:' and 'interests:' lines";

    public static IReadOnlyList<Person> Read(SourceText source, DiagnosticBag diagnostics)
    {
        var entries = YamlMappingParser.ParseList(source, diagnostics, DiagnosticCode.InvalidPeople, $"expected a list of people, each like {Example}");
        var people = new List<Person>();
        var firstOfId = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is not YamlMappingNode)
            {
                diagnostics.Error(DiagnosticCode.InvalidPeople, YamlFields.Locate(source.Path, 1, entry.Start), $"each entry must be a person or group with their details, like {Example}");
                continue;
            }

            var fields = YamlFields.FromRoot(entry, source.Path, 1, diagnostics)!;
            if (ReadPerson(fields) is not { } person)
            {
                continue;
            }

            if (firstOfId.TryGetValue(person.Id, out var first))
            {
                diagnostics.Error(DiagnosticCode.DuplicatePerson, person.Location,
                    $"the id '{person.Id}' is already used on line {first.Line}; articles name people by id, so give each entry its own");
                continue;
            }

            firstOfId.Add(person.Id, person.Location);
            people.Add(person);
        }

        return people;
    }

    private static Person? ReadPerson(YamlFields fields)
    {
        var id = fields.RequiredString("id");
        var person = new Person(
            id ?? "",
            fields.RequiredString("name") ?? "",
            fields.Choice("kind", Kinds, DiagnosticCode.InvalidValue) ?? PersonKind.Person,
            fields.OptionalString("credentials") ?? "",
            fields.RequiredString("role") ?? "",
            // Declared interests are what readers weigh a review by, so an entry states them even when there are none.
            fields.RequiredString("interests") ?? "",
            fields.OptionalBool("clinician", defaultValue: false),
            fields.LocationOf("id"))
        {
            Names = fields.OptionalTextsByLanguage(Person.NamesField),
            Roles = fields.OptionalTextsByLanguage(Person.RolesField),
            TranslatedInterests = fields.OptionalTextsByLanguage(Person.InterestsField),
            TranslationOf = fields.OptionalLocatedTextsByLanguage(Person.TranslationOfField),
        };
        fields.ReportUnknownKeys();
        if (person.Clinician && string.IsNullOrWhiteSpace(person.Credentials))
        {
            fields.Diagnostics.Error(DiagnosticCode.MissingField, fields.LocationOf("clinician"),
                "a clinician's 'credentials' are required, such as 'MD, consultant dermatologist': readers weigh a clinical review by them");
        }

        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        if (!Slugs.IsValid(id))
        {
            fields.Diagnostics.Error(DiagnosticCode.InvalidValue, fields.LocationOf("id"),
                $"id '{id}' may contain only lowercase letters, digits and hyphens, such as '{Slugs.Slugify(id)}'");
            return null;
        }

        return person;
    }
}
