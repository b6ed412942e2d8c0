using System.Collections.Frozen;

namespace QuizTui.Core.Drafting;

/// <summary>The word lists for organisations, the documents they issue, and quoted words that are labels or titles.</summary>
internal static partial class Lexicon
{
    /// <summary>Common nouns for an organisation: "the company said", "a statement from the council".</summary>
    internal static readonly FrozenSet<string> OrganisationNouns = Set(
    [
        "company", "firm", "corporation", "business", "startup", "start-up", "retailer", "manufacturer", "maker",
        "airline", "insurer", "provider", "developer", "brand", "studio", "publisher", "bank", "lender", "carrier",
        "chain", "operator", "utility", "platform", "network", "outlet", "newspaper", "broadcaster", "website",
        "agency", "department", "ministry", "government", "administration", "council", "board", "commission",
        "committee", "authority", "regulator", "office", "service", "district", "city", "town", "county", "province",
        "state", "municipality", "court", "embassy", "police", "force", "army", "military", "union", "association",
        "federation", "league", "club", "team", "party", "campaign", "coalition", "group", "organization",
        "organisation", "charity", "foundation", "nonprofit", "non-profit", "institute", "university", "college",
        "school", "hospital", "clinic", "lab", "laboratory", "church", "museum", "library", "festival", "society",
        "family", "giant",
    ]);

    /// <summary>Words that end an organisation's name ("Riverside School Board", "Acme Foods").</summary>
    internal static readonly FrozenSet<string> OrganisationNameWords = Set(
    [
        "inc", "corp", "corporation", "ltd", "llc", "co", "plc", "group", "council", "department", "ministry",
        "university", "college", "agency", "board", "commission", "association", "union", "party", "police",
        "service", "services", "company", "institute", "foundation", "bank", "press", "news", "times", "post",
        "committee", "conference", "court", "office", "school", "hospital", "clinic", "government", "administration",
        "authority", "district", "network", "media", "systems", "technologies", "labs", "partners", "holdings",
        "society", "club", "league", "federation", "coalition", "alliance", "trust", "fund", "centre", "center",
        "museum", "library", "church", "council", "radio", "television", "broadcasting", "gazette", "herald",
        "journal", "tribune", "chronicle", "courier", "observer", "foods", "airlines", "airways", "motors",
        "industries", "enterprises", "communications", "pharmaceuticals", "energy", "railway", "railways",
        "transit", "hotels", "resorts", "studios", "records", "entertainment", "games", "sports", "fc", "team", "paper",
        "army", "navy",
    ]);

    /// <summary>
    /// Words that end a body's name in a title before a person's name ("Secretary General of the
    /// Lindenport Community Ruiz"), besides <see cref="OrganisationNameWords"/>; not read as
    /// organisations anywhere else.
    /// </summary>
    internal static readonly FrozenSet<string> BodyNameEndsAfterTitles = Set(["community"]);

    /// <summary>
    /// Words that end the name of a public body and go on with "of" and a place or a field: "Supreme
    /// Court of the United Kingdom", "Department of State", "Bank of England", "University of Ghana".
    /// </summary>
    internal static readonly FrozenSet<string> BodiesNamedWithOf = Set(
    [
        "court", "department", "ministry", "university", "commission", "council", "bank", "office", "committee",
        "conference", "institute", "agency", "board", "government", "church", "federation", "association",
        "society", "union", "league", "college", "academy", "museum", "library", "administration", "authority",
        "tribunal", "chamber",
    ]);

    /// <summary>
    /// Bodies whose names also go on with "on" and their field: "Commission on Human Rights", "Committee on Finance",
    /// "Project on Harbour Oversight".
    /// </summary>
    internal static readonly FrozenSet<string> BodiesNamedWithOn = Set(["commission", "committee", "council", "conference", "panel", "board", "project"]);

    /// <summary>
    /// Words before "for" in a body's name: "Centre for Sea Study", "Coalition for Safe Ferries", and the
    /// people a campaign speaks for, "Taxpayers for Fair Fares", "Parents for Safer Roads".
    /// </summary>
    internal static readonly FrozenSet<string> BodiesNamedWithFor = Set(
    [
        "centre", "center", "institute", "foundation", "coalition", "campaign", "alliance", "council", "office",
        "commission", "society", "fund", "partnership", "committee", "association", "agency", "league", "movement",
        "project", "trust", "taxpayers", "citizens", "parents", "doctors", "scientists", "veterans", "families",
        "voters", "mothers", "americans",
    ]);

    /// <summary>
    /// Nouns for a kind of body that name no body of their own: "state senator", "city
    /// councillor", "family friend" are not the one state, city or family the article names.
    /// </summary>
    internal static readonly FrozenSet<string> PlaceAndKinNouns = Set(
        ["state", "city", "town", "county", "province", "district", "municipality", "family", "giant"]);

    /// <summary>
    /// Last words of places' names that are seldom surnames ("Kell Harbour", "Mill Street"): such a
    /// name opening a sentence is a place, not a person, whatever pronoun follows.
    /// </summary>
    internal static readonly FrozenSet<string> PlaceNameEndings = Set(
    [
        "harbour", "harbor", "bay", "port", "quay", "pier", "river", "street", "road", "avenue", "bridge", "island",
        "islands", "airport", "station", "valley", "beach", "square", "city", "county", "province", "peninsula",
    ]);

    /// <summary>Words that end a business's name ("Brightwater Foods", "Northline Airways"): such a body is a company.</summary>
    internal static readonly FrozenSet<string> BusinessNameWords = Set(
    [
        "foods", "airlines", "airways", "motors", "industries", "enterprises", "communications", "pharmaceuticals",
        "technologies", "systems", "labs", "holdings", "partners", "group", "hotels", "resorts", "studios", "records",
        "entertainment", "games", "media", "energy", "bank", "company", "corporation", "brands", "stores", "markets",
        "logistics", "software", "networks", "capital", "investments", "insurance", "construction", "developments", "paper",
    ]);

    internal static readonly FrozenSet<string> CorporateSuffixes = Set(
    [
        "inc", "corp", "ltd", "llc", "co", "plc", "gmbh", "ag", "sa", "lp", "llp", "nv", "bv", "pty",
    ]);

    /// <summary>Nouns for a document or message that can carry quoted words ("a statement from the council").</summary>
    internal static readonly FrozenSet<string> DocumentNouns = Set(
    [
        "statement", "statements", "release", "email", "e-mail", "post", "tweet", "letter", "memo", "note",
        "message", "report", "filing", "document", "documents", "website", "transcript", "interview", "notice",
        "announcement", "press", "bulletin", "blog", "update", "video", "speech", "testimony", "complaint",
        "lawsuit", "ruling", "decision", "submission", "affidavit", "motion", "order", "directive", "decree",
        "warning", "advisory", "resolution", "resolutions",
    ]);

    /// <summary>Texts of law whose own wording an article may quote ("a bill concerning "…""): a label, not speech.</summary>
    internal static readonly FrozenSet<string> LegislationNouns = Set(
    [
        "bill", "bills", "act", "law", "laws", "amendment", "resolution", "legislation", "ordinance", "statute", "treaty",
    ]);

    /// <summary>Verbs for putting out a document: "The club released a statement on Sunday."</summary>
    internal static readonly FrozenSet<string> IssuingVerbs = Set(
    [
        "released", "issued", "published", "sent", "shared", "circulated", "distributed", "posted", "signed",
        "filed", "emailed", "e-mailed", "delivered", "read", "wrote", "put", "releases", "issues", "publishes",
        "sends", "shares", "posts", "writes",
    ]);

    /// <summary>Participles for a body voting a text through: "a resolution passed by the Kell Assembly" is the assembly's.</summary>
    internal static readonly FrozenSet<string> AdoptingVerbs = Set(["passed", "adopted", "approved"]);

    /// <summary>
    /// Nouns for a work or a named thing whose title is written in quotation marks: the quoted
    /// words after them name it, they are nobody's speech ("the film "Long Way Home"").
    /// </summary>
    internal static readonly FrozenSet<string> WorkNouns = Set(
    [
        "book", "books", "novel", "memoir", "biography", "film", "films", "movie", "movies", "documentary",
        "docuseries", "miniseries", "series", "episode", "programme", "podcast", "song", "songs", "album", "musical",
        "opera", "poem", "painting", "sculpture", "exhibition", "essay", "headline", "hashtag", "slogan", "motto",
        "chapter", "titled", "entitled", "sitcom", "anthem",
    ]);

    /// <summary>
    /// Parts of a document, page or site named by a quoted heading before them (the "Contact"
    /// page, its "History" section): one capitalised quoted word there is a heading, not speech.
    /// </summary>
    internal static readonly FrozenSet<string> DocumentPartNouns = Set(
    [
        "section", "sections", "page", "pages", "tab", "column", "chapter", "heading", "header", "menu", "panel",
    ]);

    /// <summary>
    /// Words that introduce a label or coined name in quotation marks ("so-called", "dubbed",
    /// "known as"): the quoted words are a label, not speech.
    /// </summary>
    internal static readonly FrozenSet<string> LabelIntroducers = Set(
    [
        "so-called", "dubbed", "nicknamed", "branded", "labelled", "labeled", "termed", "coined", "named",
        "titled", "entitled", "word", "words", "term", "phrase", "slogan", "motto", "hashtag", "label", "nickname",
        "tagline", "moniker", "banner", "sign", "signs", "reading", "question",
    ]);

    /// <summary>
    /// Things that carry printed words (a placard, a banner, a caption): "a banner saying "…"" and
    /// "a poster reading "…"" quote what is written on them, which is nobody's speech.
    /// </summary>
    internal static readonly FrozenSet<string> WrittenOnNouns = Set(
    [
        "banner", "banners", "sign", "signs", "placard", "placards", "poster", "posters", "caption", "captions",
        "t-shirt", "t-shirts", "shirt", "shirts", "billboard", "billboards", "graffiti", "plaque", "inscription", "sticker",
    ]);

    /// <summary>Words a crowd repeats, not anyone's speech: ""Save the Pier" was one of the slogans".</summary>
    internal static readonly FrozenSet<string> SloganNouns = Set(["slogan", "slogans", "chant", "chants", "motto", "mottos"]);

    /// <summary>
    /// Bodies an article names by a place or a name and a lowercase noun ("Easton police", "the Westmark
    /// government", "the Halvard committee"), which is then the body's name.
    /// </summary>
    internal static readonly FrozenSet<string> BodiesNamedByPlace = Set(["police", "government", "council", "army", "military", "parliament", "committee"]);
}
