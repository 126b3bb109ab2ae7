namespace KnowledgeBase.Content;

/// <summary>The people of content/people.yml, in the order editors wrote them, and by id.</summary>
public sealed class PeopleDirectory
{
    private readonly Dictionary<string, Person> _byId;

    public PeopleDirectory(IReadOnlyList<Person> people)
    {
        All = people;
        _byId = new Dictionary<string, Person>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            _byId.TryAdd(person.Id, person);
        }
    }

    public static PeopleDirectory Empty { get; } = new([]);

    public IReadOnlyList<Person> All { get; }

    public IEnumerable<string> Ids => _byId.Keys;

    public Person? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The person with this id; ids reaching rendering were checked by validation.</summary>
    public Person this[string id] =>
        _byId.TryGetValue(id, out var person) ? person : throw new KeyNotFoundException($"no person '{id}' in people.yml (validation should have reported it)");
}
