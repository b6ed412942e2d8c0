namespace QuizTui.Core.Loading;

/// <summary>
/// The stable diagnostic codes of content loading, grouped by hundreds. docs/diagnostics.md
/// explains each one and how to fix it; a test keeps the two in step.
/// </summary>
public static class DiagnosticCodes
{
    // QT0xx: files and packs
    public const string EventFileMissing = "QT001";
    public const string FileOutsidePack = "QT002";
    public const string ReferencesNotChecked = "QT003";
    public const string DuplicateEventFile = "QT004";
    public const string NotARegularFile = "QT005";
    public const string FileTooLarge = "QT006";

    // QT1xx: YAML and structure
    public const string YamlSyntax = "QT100";
    public const string EmptyFile = "QT101";
    public const string MappingExpectedAtTop = "QT102";
    public const string SeveralDocuments = "QT103";
    public const string DuplicateKey = "QT104";
    public const string UnknownKey = "QT110";
    public const string MissingKey = "QT111";
    public const string EmptyValue = "QT112";
    public const string StringExpected = "QT120";
    public const string ListExpected = "QT121";
    public const string MappingExpected = "QT122";
    public const string DateExpected = "QT123";
    public const string NumberExpected = "QT124";
    public const string BooleanExpected = "QT125";
    public const string IntegerExpected = "QT126";
    public const string TimeExpected = "QT127";
    public const string PeriodEndsBeforeStart = "QT130";

    // QT2xx: ids and references
    public const string InvalidId = "QT200";
    public const string DuplicateId = "QT201";
    public const string UnknownPerson = "QT210";
    public const string UnknownArticle = "QT211";
    public const string UnknownQuotation = "QT212";
    public const string UnknownKeyPoint = "QT213";
    public const string UnknownSeed = "QT214";
    public const string RepeatedReference = "QT215";

    // QT3xx: enumerated values
    public const string UnknownKind = "QT300";
    public const string UnknownType = "QT301";
    public const string UnknownSkill = "QT302";
    public const string UnknownChannel = "QT303";
    public const string InvalidSelector = "QT304";

    // QT4xx: questions
    public const string NoCorrectChoice = "QT400";
    public const string SeveralCorrectChoices = "QT401";
    public const string NoCorrectEvidence = "QT402";
    public const string SeveralCorrectEvidence = "QT403";
    public const string EvidenceTarget = "QT404";
    public const string TooFewItems = "QT405";
    public const string TooFewPairs = "QT406";
    public const string TooFewChoices = "QT407";
    public const string NegativeTolerance = "QT408";
    public const string QuestionWithoutArticles = "QT409";
    public const string TrueFalseAnswer = "QT410";
    public const string EmptyAcceptedAnswer = "QT411";
    public const string RepeatedText = "QT412";
    public const string LongPrompt = "QT413";
    public const string MissingExplanation = "QT414";

    // QT5xx: quizzes
    public const string EmptyQuiz = "QT500";
    public const string PerRunTooLarge = "QT501";
    public const string TooFewSpeakers = "QT502";
    public const string ChoicesOutOfRange = "QT503";
    public const string PerRunTooSmall = "QT504";
    public const string FewerSpeakersThanChoices = "QT505";

    // QT6xx: drafts
    public const string DraftFillIn = "QT600";
    public const string DraftCheck = "QT601";

    // QT9xx: the loader itself
    public const string InternalError = "QT900";

    /// <summary>Every code with its severity and a one-line meaning.</summary>
    public static readonly IReadOnlyList<(string Code, Severity Severity, string Meaning)> All =
    [
        (EventFileMissing, Severity.Error, "an article or quiz file sits in a pack folder with no event.yaml"),
        (FileOutsidePack, Severity.Error, "a YAML file is neither event.yaml nor under articles/ or quizzes/ of a pack"),
        (ReferencesNotChecked, Severity.Warning, "a single file was checked without its event.yaml; references were not checked"),
        (DuplicateEventFile, Severity.Error, "two event files for the same pack folder (event.yaml and event.yml)"),
        (NotARegularFile, Severity.Error, "a `.yaml` name that is not an ordinary file (a named pipe, a device, a socket); it is not read"),
        (FileTooLarge, Severity.Error, "a content file larger than the size limit (1 MiB); it is not read"),
        (YamlSyntax, Severity.Error, "the file is not valid YAML"),
        (EmptyFile, Severity.Error, "the file holds nothing"),
        (MappingExpectedAtTop, Severity.Error, "the top of the file is not a mapping of keys"),
        (SeveralDocuments, Severity.Error, "the file holds more than one YAML document (`---`)"),
        (DuplicateKey, Severity.Error, "a key appears twice in the same mapping"),
        (UnknownKey, Severity.Error, "a key the format does not have (with a suggestion)"),
        (MissingKey, Severity.Error, "a required key is missing"),
        (EmptyValue, Severity.Error, "a required value or list is empty"),
        (StringExpected, Severity.Error, "a text value was expected"),
        (ListExpected, Severity.Error, "a list was expected"),
        (MappingExpected, Severity.Error, "a mapping (`key: value`) was expected"),
        (DateExpected, Severity.Error, "an ISO date (YYYY-MM-DD) was expected"),
        (NumberExpected, Severity.Error, "a number was expected"),
        (BooleanExpected, Severity.Error, "`true` or `false` was expected"),
        (IntegerExpected, Severity.Error, "a whole number was expected"),
        (TimeExpected, Severity.Error, "a time of day (HH:MM) was expected"),
        (PeriodEndsBeforeStart, Severity.Error, "an event period ends before it starts"),
        (InvalidId, Severity.Error, "an id is not lowercase words joined by hyphens"),
        (DuplicateId, Severity.Error, "an id is used twice within an event"),
        (UnknownPerson, Severity.Error, "a person id that event.yaml does not define"),
        (UnknownArticle, Severity.Error, "an article id no article of the event has"),
        (UnknownQuotation, Severity.Error, "a quotation id no article of the event has"),
        (UnknownKeyPoint, Severity.Error, "a key point id no article of the event has"),
        (UnknownSeed, Severity.Error, "an article's seed is not in the seeds manifest"),
        (RepeatedReference, Severity.Warning, "the same id is listed twice in one list"),
        (UnknownKind, Severity.Error, "a quiz kind the format does not have"),
        (UnknownType, Severity.Error, "a question type the format does not have"),
        (UnknownSkill, Severity.Error, "a skill the format does not have"),
        (UnknownChannel, Severity.Error, "a quotation channel the format does not have"),
        (InvalidSelector, Severity.Error, "who-said-what `quotations`/`distractors` is neither its keyword nor a list"),
        (NoCorrectChoice, Severity.Error, "a choice question has no choice marked correct"),
        (SeveralCorrectChoices, Severity.Error, "a single-choice question (or evidence part A) has several correct choices"),
        (NoCorrectEvidence, Severity.Error, "an evidence question's part B has no item marked correct"),
        (SeveralCorrectEvidence, Severity.Error, "an evidence question's part B has several items marked correct"),
        (EvidenceTarget, Severity.Error, "an evidence item names neither or both of `quotation` and `key_point`"),
        (TooFewItems, Severity.Error, "an ordering question has fewer than 3 items"),
        (TooFewPairs, Severity.Error, "a matching question has fewer than 2 pairs"),
        (TooFewChoices, Severity.Error, "a choice list (or evidence list) has fewer than 2 entries"),
        (NegativeTolerance, Severity.Error, "a numeric tolerance is negative"),
        (QuestionWithoutArticles, Severity.Error, "a question of an event-level quiz names no articles"),
        (TrueFalseAnswer, Severity.Error, "a true-false answer is not `true` or `false`"),
        (EmptyAcceptedAnswer, Severity.Warning, "a short-answer question lists an empty accepted answer"),
        (RepeatedText, Severity.Warning, "the same text is offered twice within one question"),
        (LongPrompt, Severity.Warning, "a prompt is longer than a screen (600 characters)"),
        (MissingExplanation, Severity.Warning, "a question has no explanation"),
        (EmptyQuiz, Severity.Warning, "a quiz has no questions"),
        (PerRunTooLarge, Severity.Error, "a who-said-what quiz asks for more quotations per run than it has"),
        (TooFewSpeakers, Severity.Error, "a who-said-what quiz has fewer than 3 possible speakers"),
        (ChoicesOutOfRange, Severity.Error, "a who-said-what `choices` is outside 2–6"),
        (PerRunTooSmall, Severity.Error, "a who-said-what `per_run` is below 1"),
        (FewerSpeakersThanChoices, Severity.Warning, "a who-said-what quiz offers more choices than it has speakers"),
        (DraftFillIn, Severity.Warning, "a `FILL IN:` place a draft left for the author's own words or a missing fact"),
        (DraftCheck, Severity.Warning, "a `CHECK:` mark on a drafted value to check against the article"),
        (InternalError, Severity.Error, "the loader failed on this file; please report it"),
    ];
}
