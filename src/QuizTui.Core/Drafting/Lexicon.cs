using System.Collections.Frozen;

namespace QuizTui.Core.Drafting;

/// <summary>Word lists the drafter's heuristics rest on. All comparisons ignore case.</summary>
internal static class Lexicon
{
    internal static readonly FrozenSet<string> SpeechVerbs = Set(
    [
        "say", "says", "said", "tell", "tells", "told", "tweet", "tweets", "tweeted",
        "write", "writes", "wrote", "add", "adds", "added", "state", "states", "stated",
        "explain", "explains", "explained", "note", "notes", "noted", "argue", "argues", "argued",
        "ask", "asks", "asked", "reply", "replies", "replied", "respond", "responds", "responded",
        "continue", "continues", "continued", "declare", "declares", "declared",
        "insist", "insists", "insisted", "claim", "claims", "claimed", "admit", "admits", "admitted",
        "acknowledge", "acknowledges", "acknowledged", "announce", "announces", "announced",
        "warn", "warns", "warned", "recall", "recalls", "recalled", "post", "posts", "posted",
        "email", "emails", "emailed", "e-mailed", "comment", "comments", "commented",
        "remark", "remarks", "remarked", "confirm", "confirms", "confirmed",
        "counter", "counters", "countered", "concede", "concedes", "conceded",
        "suggest", "suggests", "suggested", "observe", "observes", "observed",
        "predict", "predicts", "predicted", "urge", "urges", "urged", "conclude", "concludes", "concluded",
        "caution", "cautions", "cautioned", "complain", "complains", "complained",
        "joke", "jokes", "joked", "texted", "messaged", "shout", "shouts", "shouted",
        "testify", "testifies", "testified", "promise", "promises", "promised", "vow", "vows", "vowed",
        "maintain", "maintains", "maintained", "contend", "contends", "contended",
        "stress", "stresses", "stressed", "emphasise", "emphasises", "emphasised",
        "emphasize", "emphasizes", "emphasized", "reiterate", "reiterates", "reiterated",
        "reveal", "reveals", "revealed", "deny", "denies", "denied", "assert", "asserts", "asserted",
        "recount", "recounts", "recounted", "quip", "quips", "quipped", "boast", "boasts", "boasted",
        "lament", "laments", "lamented", "plead", "pleads", "pleaded", "demand", "demands", "demanded",
        "exclaim", "exclaims", "exclaimed", "whisper", "whispers", "whispered", "yell", "yells", "yelled",
        "describe", "describes", "described", "call", "calls", "called", "blog", "blogs", "blogged",
        "saying", "writing", "adding", "noting", "tweeting", "stating", "explaining", "telling",
    ]);

    /// <summary>Participles that introduce a quotation but never carry their own subject.</summary>
    internal static readonly FrozenSet<string> Participles = Set(
    [
        "saying", "writing", "adding", "noting", "tweeting", "stating", "explaining", "telling",
    ]);

    /// <summary>Nouns naming a person's role or job; they may precede or follow a name.</summary>
    internal static readonly FrozenSet<string> RoleNouns = Set(
    [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "ceo", "cfo",
        "coo", "cto", "executive", "chief", "officer", "president", "vice-president", "chair",
        "chairman", "chairwoman", "chairperson", "director", "manager", "mayor", "councillor",
        "councilor", "councilwoman", "councilman", "senator", "minister", "premier", "governor",
        "secretary", "trainer", "specialist", "employee", "worker", "user", "official", "analyst",
        "professor", "researcher", "lawyer", "attorney", "principal", "superintendent", "teacher",
        "founder", "co-founder", "owner", "commissioner", "inspector", "sergeant", "detective",
        "coach", "captain", "leader", "member", "resident", "student", "parent", "economist",
        "scientist", "engineer", "editor", "reporter", "columnist", "author", "advocate",
        "organizer", "organiser", "consultant", "adviser", "advisor", "head", "partner", "staffer",
        "activist", "candidate", "trustee", "treasurer", "clerk", "judge", "prosecutor", "doctor",
        "nurse", "pastor", "priest", "chancellor", "dean", "mp", "mla", "mpp", "congressman",
        "congresswoman", "congressperson", "lieutenant", "constable", "businessman",
        "businesswoman", "owner", "operator", "volunteer", "witness", "neighbour", "neighbor",
        "customer", "client", "host", "producer", "founder", "investor", "expert", "historian",
    ]);

    /// <summary>Honorifics and abbreviated titles written before a name.</summary>
    internal static readonly FrozenSet<string> Honorifics = Set(
    [
        "mr", "mrs", "ms", "miss", "dr", "prof", "sen", "rep", "gov", "coun", "sgt", "lt", "capt",
        "det", "insp", "supt", "rev", "hon", "sir", "dame", "judge", "mayor", "president",
        "premier", "minister", "senator", "governor", "councillor", "councilor", "chief",
    ]);

    internal static readonly FrozenSet<string> FemaleWords = Set(
    [
        "spokeswoman", "chairwoman", "councilwoman", "congresswoman", "businesswoman", "mrs", "ms",
        "miss", "she", "her", "hers", "herself", "dame",
    ]);

    internal static readonly FrozenSet<string> MaleWords = Set(
    [
        "spokesman", "councilman", "congressman", "businessman", "mr", "he", "him", "his",
        "himself", "sir",
    ]);

    /// <summary>Nouns naming an organisation; "the company said" points at one.</summary>
    internal static readonly FrozenSet<string> OrganisationNouns = Set(
    [
        "company", "firm", "agency", "platform", "department", "ministry", "government", "council",
        "board", "district", "union", "organization", "organisation", "group", "corporation",
        "business", "startup", "start-up", "bank", "school", "university", "college", "hospital",
        "police", "service", "office", "committee", "commission", "association", "institute",
        "charity", "party", "authority", "administration", "city", "province", "club", "team",
        "outlet", "network", "newspaper", "website", "retailer", "manufacturer", "airline",
        "insurer", "provider", "developer", "brand", "studio", "publisher", "lab", "laboratory",
        "foundation", "nonprofit", "non-profit", "regulator", "ministry", "court", "embassy",
        "campaign", "coalition", "federation", "league", "utility", "operator", "maker", "giant",
    ]);

    /// <summary>Words that end an organisation's name ("Riverside School Board").</summary>
    internal static readonly FrozenSet<string> OrganisationNameWords = Set(
    [
        "inc", "corp", "corporation", "ltd", "llc", "co", "plc", "group", "council", "department",
        "ministry", "university", "college", "agency", "board", "commission", "association",
        "union", "party", "police", "service", "services", "company", "institute", "foundation",
        "bank", "press", "news", "times", "post", "committee", "court", "office", "school",
        "hospital", "government", "administration", "authority", "district", "network", "media",
        "systems", "technologies", "labs", "partners", "holdings", "society", "club", "league",
        "radio", "television", "broadcasting", "gazette", "herald", "journal", "tribune",
        "chronicle", "courier", "observer",
    ]);

    internal static readonly FrozenSet<string> CorporateSuffixes = Set(
    [
        "inc", "corp", "ltd", "llc", "co", "plc", "gmbh", "ag", "sa", "lp", "llp",
    ]);

    /// <summary>Capitalised words that do not start or form a name.</summary>
    internal static readonly FrozenSet<string> NotNames = Set(
    [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
        "i", "you", "his", "her", "their", "our", "my", "your", "in", "on", "at", "for", "but",
        "and", "or", "if", "when", "while", "after", "before", "as", "with", "by", "from", "to",
        "of", "earlier", "later", "meanwhile", "however", "also", "some", "many", "other",
        "several", "hundreds", "thousands", "dozens", "according", "there", "here", "what", "who",
        "why", "how", "where", "which", "since", "until", "because", "although", "though", "yet",
        "so", "then", "now", "today", "yesterday", "tomorrow", "last", "next", "each", "every",
        "all", "both", "no", "not", "one", "two", "three", "update", "updated", "original",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "photo", "related", "read", "more", "home", "about",
        "advertisement", "share", "click", "subscribe", "contact", "copyright", "see", "watch",
    ]);

    internal static readonly FrozenSet<string> Pronouns = Set(
    [
        "he", "she", "they", "it", "we", "i", "you",
    ]);

    internal static readonly FrozenSet<string> Determiners = Set(
    [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
        "another", "one",
    ]);

    /// <summary>Words that cannot be inside the subject of an attribution.</summary>
    internal static readonly FrozenSet<string> NotInSubject = Set(
    [
        "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would",
        "can", "could", "should", "may", "might", "must", "does", "did", "do", "but", "because",
        "while", "although", "if", "so", "that", "which", "than", "not", "when", "where", "it's",
        "there", "whether", "after", "before", "since", "until", "into", "then",
    ]);

    /// <summary>Words that start a prepositional or time phrase; they end a subject after "said".</summary>
    internal static readonly FrozenSet<string> Prepositions = Set(
    [
        "in", "on", "at", "via", "during", "after", "before", "when", "while", "to", "from", "as",
        "through", "over", "about", "last", "this", "earlier", "later", "yesterday", "today",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "under",
        "for", "by", "with", "without", "following", "told", "who", "which", "that", "and", "but",
    ]);

    /// <summary>Adverbs that may sit between a subject and its verb ("Smith later said").</summary>
    internal static readonly FrozenSet<string> Adverbs = Set(
    [
        "also", "later", "then", "again", "once", "previously", "recently", "further", "earlier",
        "simply", "quickly", "finally", "first", "initially", "still", "only", "just", "even",
        "often", "repeatedly", "publicly", "privately", "separately", "subsequently", "has", "had",
        "have", "would", "will", "had", "once", "never",
    ]);

    internal static readonly FrozenSet<string> Abbreviations = Set(
    [
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "st", "jr", "sr", "inc", "corp",
        "ltd", "co", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "md", "mt", "ft", "approx", "dept", "univ", "gen", "col",
        "lt", "capt", "sgt", "det", "insp", "supt", "rev", "hon", "coun", "ave", "blvd", "rd",
    ]);

    private static FrozenSet<string> Set(string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    internal static bool IsSpeechVerb(string word) => SpeechVerbs.Contains(word);
}
