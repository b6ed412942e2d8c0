using System.Collections.Frozen;

namespace QuizTui.Core.Drafting;

/// <summary>
/// The word lists the drafter's rules rest on: general English news usage, not the wording of
/// any particular article. Each list says what it is for; docs/quotation-drafting.md lists them
/// too, and tests check each list against sentences written for the purpose. All comparisons
/// ignore case.
/// </summary>
internal static partial class Lexicon
{
    /// <summary>
    /// Verbs that report speech or writing, in the forms a news report uses them (present, third
    /// person, past). "Said" is by far the commonest; the rest are the usual alternatives of news
    /// style guides, plus the verbs of written channels (tweeted, emailed, posted, wrote).
    /// </summary>
    internal static readonly FrozenSet<string> SpeechVerbs = Set(
    [
        .. Forms("say", "says", "said"), .. Forms("tell", "tells", "told"), .. Forms("write", "writes", "wrote"),
        .. Regular("tweet", "add", "state", "explain", "note", "indicate", "elaborate", "recall", "post", "comment", "remark", "confirm",
            "counter", "predict", "complain", "insist", "claim", "warn", "respond", "announce", "assert", "demand",
            "exclaim", "lament", "boast", "maintain", "contend", "reveal", "whisper",
            "shout", "yell", "plead", "text", "message", "mention", "acknowledge", "suggest", "observe",
            "urge", "conclude", "caution", "joke", "concede", "argue", "declare", "continue", "vow", "promise",
            "stress", "emphasise", "emphasize", "reiterate", "recount", "describe", "answer", "email", "inform", "allege",
            "propose", "bemoan", "smile", "laugh", "pledge"),
        .. Forms("ask", "asks", "asked"), .. Forms("reply", "replies", "replied"), .. Forms("deny", "denies", "denied"),
        .. Forms("admit", "admits", "admitted"), .. Forms("quip", "quips", "quipped"), .. Forms("testify", "testifies", "testified"),
        .. Forms("e-mail", "e-mails", "e-mailed"), .. Forms("agree", "agrees", "agreed"), .. Forms("muse", "muses", "mused"),
        .. Forms("read", "reads", "read"), .. Forms("put", "puts", "put"), .. Forms("blog", "blogs", "blogged"),
        "saying", "writing", "adding", "noting", "tweeting", "stating", "explaining", "telling",
    ]);

    /// <summary>
    /// Participles by which the subject of the sentence characterises something in quoted words of
    /// their own clause ("…, calling the plan "a disgrace""). Unlike <see cref="Participles"/> they
    /// never introduce a quotation that stands alone.
    /// </summary>
    internal static readonly FrozenSet<string> CharacterisingParticiples = Set(
    [
        "calling", "describing", "branding", "labelling", "labeling", "terming", "praising", "hailing", "denouncing",
        "dismissing", "decrying", "accusing", "criticising", "criticizing", "blaming", "condemning", "mocking", "slamming",
        "ridiculing",
    ]);

    /// <summary>
    /// Verbs by which a speaker characterises something in words the report then quotes: "Doe
    /// called the plan "a disgrace"", "described him as "…"", "praised its "quiet courage"". They
    /// attribute only quoted words inside their own sentence, never a quotation standing alone.
    /// "Called" counts only in the past: "residents call the crossing "the gauntlet"" is a name
    /// in habitual use, a label.
    /// </summary>
    internal static readonly FrozenSet<string> CharacterisingVerbs = Set(
    [
        "called", "termed", .. Forms("speak", "speaks", "spoke"),
        .. Regular("describe", "characterise", "characterize", "praise", "attack", "denounce", "condemn", "hail",
            "criticise", "criticize", "dismiss", "talk", "welcome", "blame", "accuse", "thank", "defend", "question",
            "applaud", "decry", "mock", "rate", "compare", "cite", "apologise", "apologize"),
        .. Forms("refer", "refers", "referred"),
        .. Forms("slam", "slams", "slammed"),
    ]);

    /// <summary>
    /// Verbs that characterise through "as" right before the quoted words: "thought of the captain
    /// as "…"" ("thought" only with "of"), "regarded the plan as "…"".
    /// </summary>
    internal static readonly FrozenSet<string> AsCharacterisingVerbs = Set(
        ["thought", "regarded", "regards", "viewed", "views", "saw", "sees"]);

    /// <summary>Verbs that characterise through "with" right before the quoted words: "threatened the firm with "…"".</summary>
    internal static readonly FrozenSet<string> WithCharacterisingVerbs = Set(["threatened", "threatens"]);

    /// <summary>
    /// Common irregular past tenses: with a word ending in "-ed", they end the subject of a sentence
    /// ("Ford also made this point, writing …").
    /// </summary>
    internal static readonly FrozenSet<string> IrregularPasts = Set(
    [
        "made", "spoke", "gave", "went", "took", "met", "held", "left", "came", "sent", "began", "became", "won", "lost",
        "got", "kept", "found", "brought", "thought", "felt", "ran", "stood", "paid", "set", "led", "sat", "hit", "broke",
        "chose", "drove", "fell", "flew", "grew", "knew", "rose", "saw", "shook", "threw", "wore", "did", "struck", "sought",
        "shot", "sold", "bought", "built", "caught", "fought", "taught", "spent", "swore", "fled", "drew", "blew", "stole",
        "withdrew", "forgot", "hid", "froze", "heard", "sang", "sank", "woke", "tore", "rode", "rang", "dealt", "meant",
    ]);

    /// <summary>
    /// A word shaped like a past tense: one of <see cref="IrregularPasts"/>, or a word of five letters
    /// or more ending in "-ed" ("dismissed", "praised"). Case is the caller's to judge.
    /// </summary>
    internal static bool LooksPast(string word) =>
        IrregularPasts.Contains(word) || word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>
    /// Present tenses that say what a person does for a living or where they live ("Tomas Vell
    /// runs the mill"): after a name opening a sentence, they end its subject as a past tense does.
    /// </summary>
    internal static readonly FrozenSet<string> DoingPresents = Set(
    [
        "owns", "runs", "lives", "works", "manages", "teaches", "farms", "coaches", "heads", "leads", "trains",
        "bakes", "builds", "sells", "grows", "keeps", "fishes", "drives", "studies", "volunteers",
    ]);

    /// <summary>Participles that introduce a quotation ("…, adding: …") but never carry their own subject.</summary>
    internal static readonly FrozenSet<string> Participles = Set(
    [
        "saying", "writing", "adding", "noting", "tweeting", "stating", "explaining", "telling",
    ]);

    /// <summary>Verbs whose object is the one spoken to: "told Tomas Vell", "asked Ana Ruiz", "warned", "urged".</summary>
    internal static readonly FrozenSet<string> VerbsToListener = FrozenSet.ToFrozenSet(
        ["told", "tells", "tell", "asked", "asks", "ask", "warned", "urged", "reminded", "assured"], StringComparer.Ordinal);

    /// <summary>
    /// Modals that may follow a person's name as the verb of its sentence ("Ana Ruiz could barely
    /// speak"); "will" and "would" are read with "was" and "has".
    /// </summary>
    internal static readonly FrozenSet<string> ModalsAfterName = Set(["could", "can", "cannot", "should", "must", "might"]);

    /// <summary>
    /// Speech verbs that need a further word to report speech ("put it", "read" of a document):
    /// they count only in the attribution right after a quotation or with a document as subject.
    /// </summary>
    internal static readonly FrozenSet<string> WeakSpeechVerbs = Set(["read", "reads", "put", "puts", "agree", "agrees", "agreed", "continue", "continues", "continued", "describe", "describes", "described"]);

    /// <summary>
    /// Titles and ranks written before a name, in full or abbreviated ("Gov.", "Lt. Col.", "Dr.").
    /// They are never part of the name and never a name themselves.
    /// </summary>
    internal static readonly FrozenSet<string> Honorifics = Set(
    [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady", "lord",
        "sen", "senator", "rep", "gov", "governor", "pres", "president", "premier", "minister", "mayor",
        "coun", "councillor", "councilor", "alderman", "judge", "justice", "sheriff", "chief", "commissioner",
        "supt", "superintendent", "insp", "inspector", "det", "detective", "sgt", "sergeant", "const", "constable",
        "cpl", "corporal", "pte", "pvt", "private", "lt", "lieut", "lieutenant", "capt", "captain", "maj", "major",
        "col", "colonel", "gen", "general", "brig", "brigadier", "adm", "admiral", "cmdr", "cdr", "commander",
        "rev", "reverend", "fr", "father", "sister", "brother", "rabbi", "imam", "bishop", "pastor", "hon",
        "atty", "amb", "ambassador", "sec", "secretary", "coach", "principal", "dean", "officer", "nurse",
        "congressman", "congresswoman", "assemblyman", "assemblywoman", "assemblymember", "councilman", "councilwoman",
        "delegate", "deputy", "chancellor",
        // Ireland's head of government and deputy: "Taoiseach Colm Ardagh"
        "taoiseach", "tánaiste", "tanaiste",
        // royal and church titles before a name ("Princess Anne Mahidol", "Cardinal Marc Ouellet"); a pope's or a
        // swami's single name keeps its title, as the name is written that way ("Pope Francis")
        "king", "queen", "prince", "princess", "emperor", "empress", "sheikh", "cardinal", "archbishop", "commandant",
        "monsignor", "msgr", "monseñor", "monsenor", "monsignore", "mister",
        // party affiliation written as a title: "Democrat Jane Doe", "Republican Sen. John Roe"
        "democrat", "republican",
        // honorifics of Malaysia, Nigeria and India written before a name ("Datuk Abdul Rashid", "Alhaji
        // Musa Bello", "Shri Anil Kumar"); like "Sir", never part of the name
        "datuk", "dato", "datin", "alhaji", "alhaja", "shri", "smt",
        // councillors in Australian, New Zealand and British papers ("Cr Ana Ruiz", "Cllr Tomas Vell")
        "cr", "cllr",
    ]);

    /// <summary>
    /// Given names spelt like a title in <see cref="Honorifics"/> ("investor Gen Tanaka", "spokesman
    /// Dean Ruiz"): a first name when a role noun, not a rank, comes before them.
    /// </summary>
    internal static readonly FrozenSet<string> GivenNamesSpeltLikeTitles = FrozenSet.ToFrozenSet(["Gen", "Dean", "Prince"], StringComparer.Ordinal);

    /// <summary>The days of the week, as printed.</summary>
    internal static readonly FrozenSet<string> Weekdays =
        FrozenSet.ToFrozenSet(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal);

    /// <summary>Words that make a day of the week part of a name: "Good Friday", "Super Tuesday", "Bloody Sunday".</summary>
    internal static readonly FrozenSet<string> WordsNamingDays =
        FrozenSet.ToFrozenSet(["Good", "Black", "Super", "Ash", "Bloody", "Palm", "Easter", "Holy", "Cyber", "Maundy", "Shrove", "Giving"], StringComparer.Ordinal);

    /// <summary>
    /// Given names spelt like a month's abbreviation ("Jan Vale"): a first name when no full stop
    /// and a capitalised surname follow, where a month would have its full stop or a day.
    /// </summary>
    internal static readonly FrozenSet<string> GivenNamesSpeltLikeMonths = FrozenSet.ToFrozenSet(["Jan"], StringComparer.Ordinal);

    /// <summary>
    /// Titles written before a given name, whatever follows it ("Sheikh Omar bin Said", later "Sheikh
    /// Omar"; "Princess Ana Lindqvist", later "Princess Ana"): one word after them is a first name.
    /// </summary>
    internal static readonly FrozenSet<string> TitlesBeforeGivenNames = Set(["sir", "dame", "sheikh", "prince", "princess"]);

    /// <summary>
    /// Abbreviations whose full stop does not end a sentence. Titles always precede a name; the
    /// others end a sentence only when a word that starts sentences follows (<see cref="SentenceOpeners"/>).
    /// </summary>
    internal static readonly FrozenSet<string> TitleAbbreviations = Set(
    [
        "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "pres", "coun", "supt", "insp", "det", "sgt",
        "const", "cpl", "pte", "pvt", "lt", "lieut", "capt", "maj", "col", "gen", "brig", "adm", "cmdr", "cdr",
        "rev", "fr", "hon", "atty", "amb", "sec", "st", "ste", "mt", "ft", "no", "nos", "vs", "v", "approx",
    ]);

    /// <summary>
    /// Words that end a news outlet's name ("The Easton Herald", "the Valley Times"): words the
    /// story quotes from an outlet are its wording, not a speaker's.
    /// </summary>
    internal static readonly FrozenSet<string> OutletNameEndings = Set(
    [
        "times", "post", "news", "herald", "tribune", "journal", "gazette", "telegraph", "chronicle", "guardian",
        "observer", "magazine", "mirror", "express", "examiner", "inquirer", "courier", "globe", "newspaper",
    ]);

    /// <summary>
    /// Last words of outlets' names that also end other bodies' names ("Lindenport Radio", "Kell
    /// Daily Star"): read as an outlet only beside a date or a writer's name, never to set aside a
    /// speaker, since a radio station or a "Star" club can make a statement of its own.
    /// </summary>
    internal static readonly FrozenSet<string> MastheadNameEndings = Set(
    [
        "radio", "tv", "television", "broadcasting", "fm", "daily", "weekly", "online", "standard", "star", "sun",
        "mail", "record", "review", "press", "independent", "sentinel", "register", "monitor", "dispatch",
        "bulletin", "advertiser", "argus", "leader", "nation", "today", "voice", "echo", "messenger",
    ]);

    /// <summary>Capitalised words that describe unnamed reports ("Media reports"), unlike a publication's name ("Consumer Reports").</summary>
    internal static readonly FrozenSet<string> ReportsDescribers = Set(["media", "news", "press", "local", "early", "initial"]);

    /// <summary>Words that open a storm's name ("Storm Ingrid", "Hurricane Tomas"), named like a person and not one.</summary>
    internal static readonly FrozenSet<string> StormWords = Set(["storm", "hurricane", "typhoon", "cyclone", "tropical"]);

    /// <summary>Wire services and broadcasters known by one name ("Reuters", "the BBC").</summary>
    internal static readonly FrozenSet<string> OneWordOutlets = Set(["reuters", "bloomberg", "bbc", "cnn", "npr", "afp", "ap"]);

    /// <summary>Abbreviated titles written out: "Gov. Ada Reyes" is "the governor".</summary>
    internal static readonly FrozenDictionary<string, string> TitlesInFull = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["gov"] = "governor", ["sen"] = "senator", ["rep"] = "representative", ["pres"] = "president",
        ["prof"] = "professor", ["supt"] = "superintendent", ["insp"] = "inspector", ["det"] = "detective",
        ["sgt"] = "sergeant", ["const"] = "constable", ["cpl"] = "corporal", ["lt"] = "lieutenant", ["lieut"] = "lieutenant",
        ["capt"] = "captain", ["maj"] = "major", ["col"] = "colonel", ["gen"] = "general", ["brig"] = "brigadier",
        ["adm"] = "admiral", ["cmdr"] = "commander", ["cdr"] = "commander", ["rev"] = "reverend", ["amb"] = "ambassador",
        ["sec"] = "secretary", ["atty"] = "attorney", ["coun"] = "councillor", ["cr"] = "councillor", ["cllr"] = "councillor", ["dr"] = "doctor",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    internal static readonly FrozenSet<string> OtherAbbreviations = Set(
    [
        "jr", "sr", "inc", "corp", "ltd", "co", "bros", "plc", "llc", "etc", "dept", "univ", "est", "ave", "blvd",
        "rd", "hwy", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m",
        "e.g", "i.e", "u.s", "u.k", "u.n", "d.c",
    ]);

    /// <summary>Capitalised words that begin a new sentence after an abbreviation like "Inc.".</summary>
    internal static readonly FrozenSet<string> SentenceOpeners = Set(
    [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "his",
        "her", "its", "their", "our", "but", "and", "so", "yet", "in", "on", "at", "for", "after", "before", "when",
        "while", "if", "as", "there", "some", "many", "most", "one", "no", "according",
    ]);

    /// <summary>Auxiliaries that open a question ("Does Lune, like …?"); not "Will", a first name.</summary>
    internal static readonly FrozenSet<string> QuestionAuxiliaries = Set(
    [
        "does", "did", "do", "is", "was", "were", "are", "can", "could", "should", "would", "has", "have", "had",
    ]);

    /// <summary>Capitalised words that do not start or form a name: function words, days, months, page furniture.</summary>
    internal static readonly FrozenSet<string> NotNames = Set(
    [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "your", "in", "on", "at", "for", "but", "and", "or", "if", "when", "while",
        "after", "before", "as", "with", "by", "from", "to", "of", "earlier", "later", "meanwhile", "however", "also",
        "some", "many", "other", "several", "hundreds", "thousands", "dozens", "according", "there", "here", "what",
        "who", "why", "how", "where", "which", "since", "until", "because", "although", "though", "yet", "so",
        "then", "now", "today", "tonight", "yesterday", "tomorrow", "last", "next", "each", "every", "all", "both",
        "no", "not", "one", "two", "three", "four", "five", "most", "more", "much", "such", "any", "still", "even",
        "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "maybe", "perhaps",
        "despite", "amid", "amidst", "unlike", "among", "upon", "whether", "unless", "whereas", "throughout",
        "during", "without", "within", "toward", "towards", "across", "beyond", "between", "against",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        // page furniture that web pages put in capitals around an article
        "update", "updated", "original", "photo", "photos", "video", "related", "read", "more", "home", "about",
        "advertisement", "share", "click", "subscribe", "contact", "copyright", "see", "watch", "listen", "editor's",
        "note", "correction", "opinion", "analysis", "live", "breaking", "exclusive",
    ]);

    internal static readonly FrozenSet<string> Pronouns = Set(["he", "she", "they", "it", "we", "i", "you"]);

    internal static readonly FrozenSet<string> Determiners = Set(
    [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "another", "one",
    ]);

    /// <summary>Words that cannot be inside the subject of an attribution (verbs, conjunctions, clause words).</summary>
    internal static readonly FrozenSet<string> NotInSubject = Set(
    [
        "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "does", "did", "do", "but", "because", "while", "although", "if", "so",
        "that", "which", "than", "not", "when", "where", "it's", "there", "whether", "after", "before", "since",
        "until", "into", "then",
    ]);

    /// <summary>
    /// Conjunctions that open a subordinate clause with a subject of its own: "hours after Ana Ruiz
    /// said", "because the mayor has said". The speaker of a verb in that clause stands right after.
    /// </summary>
    internal static readonly FrozenSet<string> Subordinators = Set(
    [
        "when", "after", "because", "while", "since", "before", "until", "although", "though", "once", "whereas", "as",
    ]);

    /// <summary>Time words between a comma and a conjunction: ", hours after Ana Ruiz said".</summary>
    internal static readonly FrozenSet<string> TimesBeforeConjunction = Set(
    [
        "moments", "minutes", "hours", "days", "weeks", "months", "years", "shortly", "soon", "just", "even", "long",
    ]);

    /// <summary>Words that start a prepositional or time phrase; they end a name after "said".</summary>
    internal static readonly FrozenSet<string> Prepositions = Set(
    [
        "in", "on", "at", "via", "during", "after", "before", "when", "while", "to", "from", "as", "through",
        "over", "about", "last", "this", "earlier", "later", "yesterday", "today", "tonight", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "under", "for", "by", "with", "without",
        "following", "told", "who", "which", "that", "and", "but", "of", "against", "into", "outside", "inside",
    ]);

    /// <summary>
    /// Words that open a phrase or clause standing before a sentence's subject, beyond
    /// <see cref="Prepositions"/> ("Amid the protests, …", "Here in Easton, …", "Although she lost, …").
    /// </summary>
    internal static readonly FrozenSet<string> PhraseOpeners = Set(
    [
        "amid", "amidst", "despite", "since", "unlike", "upon", "among", "across", "throughout", "beyond", "near",
        "here", "elsewhere", "back", "although", "though", "because", "if", "once", "until", "unless",
        "whereas", "like", "asked", "pressed", "questioned",
    ]);

    /// <summary>Adverbs and auxiliaries that may sit between a subject and its verb ("Smith later said").</summary>
    internal static readonly FrozenSet<string> Adverbs = Set(
    [
        "also", "later", "then", "again", "once", "previously", "recently", "further", "earlier", "simply",
        "quickly", "finally", "first", "initially", "still", "only", "just", "even", "often", "repeatedly",
        "publicly", "privately", "separately", "subsequently", "has", "had", "have", "would", "will", "never",
        "flatly", "firmly", "bluntly", "quietly", "angrily", "calmly", "proudly", "candidly", "succinctly",
        "tearfully", "wryly", "jokingly", "emphatically", "reportedly", "allegedly", "once",
    ]);

    private static FrozenSet<string> Set(IEnumerable<string> words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static string[] Forms(params string[] forms) => forms;

    /// <summary>A regular verb's base, third-person and past forms: tweet, tweets, tweeted.</summary>
    private static IEnumerable<string> Regular(params string[] verbs)
    {
        foreach (var verb in verbs)
        {
            yield return verb;
            yield return verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) ? verb + "es" : verb + "s";
            yield return verb.EndsWith('e') ? verb + "d" : verb + "ed";
        }
    }

    internal static bool IsSpeechVerb(string word) => SpeechVerbs.Contains(word);

    /// <summary>
    /// Participles of voicing words that are not verbs of saying in the lexicon: quoted words
    /// right after one ("mouthing "…"", "chanting "…"") were said, however short.
    /// </summary>
    internal static readonly FrozenSet<string> VoicingParticiples = Set(["mouthing", "chanting", "screaming"]);

    /// <summary>
    /// Finite forms of verbs of raising the voice: quoted words right after one ("the crowd
    /// shouted "…"") were said aloud, however short, even when nobody is named as saying them.
    /// </summary>
    internal static readonly FrozenSet<string> VoicingVerbs = Set(
    [
        .. Regular("shout", "yell", "scream", "chant", "holler"), .. Forms("cry", "cries", "cried"),
    ]);

    /// <summary>"think" in the present: quoted words after it and a comma are a thought, not speech.</summary>
    internal static readonly FrozenSet<string> ThinkVerbs = Set(["think", "thinks"]);

    /// <summary>
    /// Nationality adjectives whose ending does not show them (<see cref="IsNationalityAdjective"/>
    /// reads "-ish", "-ese", "-ian" and "-ean" from the word itself).
    /// </summary>
    internal static readonly FrozenSet<string> IrregularNationalities = Set(
    [
        "american", "african", "european", "german", "mexican", "cuban", "kenyan", "ugandan", "moroccan", "tibetan",
        "venezuelan", "jamaican", "afghan", "french", "dutch", "greek", "swiss", "thai", "czech", "welsh", "arab",
        "israeli", "iraqi", "pakistani", "saudi", "emirati", "qatari", "kuwaiti", "yemeni", "somali", "nepali",
        "bangladeshi", "filipino", "kazakh", "uzbek", "basque", "catalan", "cypriot", "maltese", "lao", "malay",
    ]);

    /// <summary>
    /// A capitalised nationality adjective ("Polish officials", "Danish bishop", "Japanese
    /// carmaker"): it describes the noun after it and names no person or organisation. Read from
    /// the ending ("-ish", "-ese", "-ian", "-ean") or from <see cref="IrregularNationalities"/>.
    /// </summary>
    internal static bool IsNationalityAdjective(string word) =>
        word.Length >= 5 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower)
        && (word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.Length >= 6 && (word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ean", StringComparison.Ordinal)))
        || word.Length >= 3 && char.IsUpper(word[0]) && IrregularNationalities.Contains(word);

    /// <summary>
    /// "J.M", "A.B.C": two or three capital letters joined by full stops, as initials are printed
    /// together before a surname ("J.M. Vell"); the tokeniser keeps them as one word.
    /// </summary>
    internal static bool IsJoinedInitials(string word) =>
        word.Length is 3 or 5 && char.IsUpper(word[0]) && word[1] == '.' && char.IsUpper(word[2])
        && (word.Length == 3 || word[3] == '.' && char.IsUpper(word[4]));

    internal static bool IsAbbreviation(string word) =>
        TitleAbbreviations.Contains(word) || OtherAbbreviations.Contains(word);
}
