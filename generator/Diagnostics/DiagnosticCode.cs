namespace KnowledgeBase.Diagnostics;

/// <summary>
/// A stable diagnostic code. Codes never change meaning once published; CONTRIBUTING.md documents each one
/// for editors, so a new code is added there in the same commit.
/// </summary>
public sealed record DiagnosticCode(string Id, string Title)
{
    /// <summary>
    /// A warning that --strict leaves a warning: one that must never hold back a publish, such as a stale translation
    /// (a safety fix in English goes out before its translation is updated).
    /// </summary>
    public bool StaysWarning { get; init; }

    public static readonly DiagnosticCode UnknownCitationKey = new("KB001", "unknown citation key");
    public static readonly DiagnosticCode InvalidYaml = new("KB002", "front matter is not valid YAML");
    public static readonly DiagnosticCode UnknownField = new("KB003", "unknown front matter field");
    public static readonly DiagnosticCode MissingField = new("KB004", "required field missing or empty");
    public static readonly DiagnosticCode InvalidDate = new("KB005", "date is not a valid YYYY-MM-DD date");
    public static readonly DiagnosticCode InvalidValue = new("KB006", "field has the wrong kind of value");
    public static readonly DiagnosticCode DuplicateSlug = new("KB007", "two pages claim the same URL");
    public static readonly DiagnosticCode MissingFrontMatter = new("KB008", "front matter missing or not closed");
    public static readonly DiagnosticCode UnreadableFile = new("KB009", "file cannot be read as text");
    public static readonly DiagnosticCode FileTooLarge = new("KB010", "file is too large");
    public static readonly DiagnosticCode ReviewOverdue = new("KB011", "review overdue");
    public static readonly DiagnosticCode ReviewDatesOutOfOrder = new("KB012", "next review is not after last review");
    public static readonly DiagnosticCode PathOutsideContent = new("KB013", "file lies outside the content folder");
    public static readonly DiagnosticCode YamlAliasNotAllowed = new("KB014", "YAML anchors and aliases are not allowed");
    public static readonly DiagnosticCode InvalidTemplate = new("KB015", "template cannot be used");
    public static readonly DiagnosticCode DatesOutOfOrder = new("KB016", "an article's dates are out of order");
    public static readonly DiagnosticCode MarkdownTooDeep = new("KB017", "Markdown is nested too deeply");
    public static readonly DiagnosticCode UnescapedTemplateValue = new("KB018", "a template writes a value without escaping it");
    public static readonly DiagnosticCode PageTooLarge = new("KB019", "a page is larger than a page may be");
    public static readonly DiagnosticCode DoNotCite = new("KB020", "a source marked do-not-cite is cited");
    public static readonly DiagnosticCode UncitedReference = new("KB021", "no article cites this source");
    public static readonly DiagnosticCode InvalidDoi = new("KB022", "DOI is not well formed");
    public static readonly DiagnosticCode InvalidPubMedId = new("KB023", "PMID or PMCID is not well formed");
    public static readonly DiagnosticCode MalformedCitation = new("KB024", "citation cannot be read");
    public static readonly DiagnosticCode CitationOutsideArticle = new("KB025", "only articles can cite sources");
    public static readonly DiagnosticCode UnexplainedVerification = new("KB026", "partly verified source does not say what was not checked");
    public static readonly DiagnosticCode InvalidReferenceKey = new("KB027", "reference file name cannot be a citation key");
    public static readonly DiagnosticCode UnknownBlockField = new("KB030", "unknown field in a structured evidence block");
    public static readonly DiagnosticCode UnknownEvidenceLevel = new("KB031", "unknown evidence level");
    public static readonly DiagnosticCode PriceRangeReversed = new("KB032", "price range is the wrong way round");
    public static readonly DiagnosticCode UnknownCurrency = new("KB033", "unknown currency code");
    public static readonly DiagnosticCode UnknownBlockReference = new("KB034", "unknown reference key in a structured evidence block");
    public static readonly DiagnosticCode UnknownRegulatoryStatus = new("KB035", "unknown regulatory status");
    public static readonly DiagnosticCode DuplicateUseName = new("KB036", "two uses in one article have the same name");
    public static readonly DiagnosticCode PriceYearOutOfRange = new("KB037", "price year is in the future or not a year");
    public static readonly DiagnosticCode DecisionDateInFuture = new("KB038", "a regulator's decision is dated in the future");
    public static readonly DiagnosticCode PublishedUrlRemoved = new("KB040", "a URL published before would disappear");
    public static readonly DiagnosticCode InvalidAlias = new("KB041", "alias is not a path on this site");
    public static readonly DiagnosticCode AliasReplacesPage = new("KB042", "alias would replace a page the site generates");
    public static readonly DiagnosticCode DuplicateHeadingId = new("KB043", "two headings on one page have the same id");
    public static readonly DiagnosticCode InvalidUrlManifest = new("KB044", "published-urls.txt has a line that is not a site path");
    public static readonly DiagnosticCode UnrecordedUrl = new("KB045", "a published URL is not yet recorded in published-urls.txt");
    public static readonly DiagnosticCode AddressTooLong = new("KB046", "an address is too long to be written as files");
    public static readonly DiagnosticCode BrokenLink = new("KB050", "link to a page or file that does not exist");
    public static readonly DiagnosticCode BrokenSectionLink = new("KB051", "link to a section that does not exist");
    public static readonly DiagnosticCode ImageWithoutAlt = new("KB052", "image without a text alternative");
    public static readonly DiagnosticCode HardToRead = new("KB053", "article is harder to read than the site's limit");
    public static readonly DiagnosticCode InvalidSynonyms = new("KB060", "synonyms.yml is not a list of word lists");
    public static readonly DiagnosticCode SynonymInTwoGroups = new("KB061", "a word is in two synonym groups");
    public static readonly DiagnosticCode SynonymGroupTooSmall = new("KB062", "a synonym group has fewer than two words");
    public static readonly DiagnosticCode InvalidSearchIntents = new("KB063", "search-intents.yml is not a list of rules");
    public static readonly DiagnosticCode InvalidSearchCountries = new("KB064", "a country of search_countries cannot be read");
    public static readonly DiagnosticCode UnknownCountrySection = new("KB065", "a country of search_countries names a section no article has");
    public static readonly DiagnosticCode InvalidGlossary = new("KB070", "glossary.yml is not a list of terms");
    public static readonly DiagnosticCode GlossaryNameInTwoTerms = new("KB071", "a word is defined twice in the glossary");
    public static readonly DiagnosticCode UnusedGlossaryTerm = new("KB072", "a glossary term is not used anywhere");
    public static readonly DiagnosticCode UnknownQuestionAnswer = new("KB073", "a home-page question links to a section that does not exist");
    public static readonly DiagnosticCode UndescribedTopic = new("KB074", "a tag is close to a topic but not the same");
    public static readonly DiagnosticCode KeyPointCount = new("KB075", "an article should have 3 to 5 key points");
    public static readonly DiagnosticCode UncitedKeyPoint = new("KB076", "a key point has no citation");
    public static readonly DiagnosticCode LongKeyPoint = new("KB077", "a key point is too long");
    public static readonly DiagnosticCode UncitedGlossaryDefinition = new("KB078", "a glossary definition names no source");
    public static readonly DiagnosticCode UnknownPerson = new("KB080", "an author or reviewer is not in people.yml");
    public static readonly DiagnosticCode InvalidPeople = new("KB081", "people.yml is not a list of people");
    public static readonly DiagnosticCode DuplicatePerson = new("KB082", "two entries in people.yml have the same id");
    public static readonly DiagnosticCode ReviewerNotClinician = new("KB083", "a reviewer is not a clinician");
    public static readonly DiagnosticCode UnknownLanguage = new("KB090", "a translation into a language site.yml does not list");
    public static readonly DiagnosticCode TranslationWithoutSource = new("KB091", "a translation of a file that does not exist");
    public static readonly DiagnosticCode RepeatedInheritedField = new("KB092", "a translation repeats a field it inherits from the English file");
    public static readonly DiagnosticCode TranslatedCitationsDiffer = new("KB093", "a translation cites other sources than the English file");
    public static readonly DiagnosticCode TranslatedBlockDiffers = new("KB094", "a translation's blocks differ from the English beyond their text");
    public static readonly DiagnosticCode TranslatedHeadingsDiffer = new("KB095", "a translation's section ids differ from the English file's");
    public static readonly DiagnosticCode StaleTranslation = new("KB096", "the English file changed since it was translated") { StaysWarning = true };
    public static readonly DiagnosticCode MissingInterfaceString = new("KB097", "an interface string is missing from a language's i18n file");
    public static readonly DiagnosticCode UntranslatedPerson = new("KB098", "an entry of people.yml has no text in a site language") { StaysWarning = true };
    public static readonly DiagnosticCode StalePersonTranslation = new("KB099", "an entry of people.yml changed in English since it was translated") { StaysWarning = true };
    public static readonly DiagnosticCode SiteNotWritten = new("KB100", "the site could not be written");
    public static readonly DiagnosticCode CacheNotUsable = new("KB101", "what .cache/ keeps for the next build cannot be written or read") { StaysWarning = true };
    public static readonly DiagnosticCode UnbuiltFileSetAside = new("KB102", "a file in the output that no build wrote was set aside beside it") { StaysWarning = true };
}
