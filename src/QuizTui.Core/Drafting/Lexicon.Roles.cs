using System.Collections.Frozen;

namespace QuizTui.Core.Drafting;

/// <summary>The role nouns: jobs, offices and parts people play in a story, and the words around them.</summary>
internal static partial class Lexicon
{
    /// <summary>
    /// Nouns naming a job, office or part someone plays in a story. A compound role ("head
    /// coach", "vice-president of marketing", "chief executive officer") ends in, or is headed by,
    /// one of these. Grouped by field; general, not tied to any story.
    /// </summary>
    internal static readonly FrozenSet<string> RoleNouns = Set(
    [
        // speaking for someone
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "rep", "envoy", "ambassador",
        // business
        "ceo", "cfo", "coo", "cto", "cmo", "executive", "chief", "officer", "president", "vice-president", "vp",
        "chair", "chairman", "chairwoman", "chairperson", "director", "manager", "founder", "co-founder", "owner",
        "co-owner", "partner", "investor", "shareholder", "employee", "worker", "staffer", "contractor",
        "consultant", "adviser", "advisor", "analyst", "economist", "specialist", "trainer", "operator", "head",
        "boss", "entrepreneur", "businessman", "businesswoman", "banker", "broker", "accountant", "treasurer",
        "secretary", "undersecretary", "clerk", "administrator", "controller", "comptroller", "supervisor", "engineer", "developer", "designer", "user",
        "customer", "client", "shopper", "vendor", "supplier", "seller", "buyer", "landlord", "tenant", "farmer",
        "fisherman", "fisherwoman", "fishermen", "harbourmaster", "harbormaster",
        "pilot", "copilot", "environmentalist", "conservationist",
        // government and politics
        "mayor", "deputy", "councillor", "councilor", "councilman", "councilwoman", "alderman", "alderwoman",
        "senator", "congressman", "congresswoman", "congressperson", "assemblyman", "assemblywoman", "assemblymember", "representative", "legislator", "lawmaker",
        "mp", "mla", "mpp", "mep", "minister", "premier", "governor", "lieutenant", "president", "chancellor",
        "commissioner", "official", "bureaucrat", "diplomat", "candidate", "politician", "leader", "member",
        "delegate", "trustee", "regulator", "inspector", "auditor", "ombudsman", "registrar", "speaker",
        "whip", "recorder", "strategist", "pollster", "billionaire", "aide", "operative", "lobbyist", "pundit",
        "commentator", "negotiator", "publisher",
        // law, police, military, emergency
        "lawyer", "attorney", "solicitor", "barrister", "counsel", "prosecutor", "judge", "justice", "magistrate",
        "sheriff", "constable", "sergeant", "detective", "officer", "trooper", "marshal", "warden",
        "captain", "colonel", "commander", "admiral", "corporal", "soldier",
        "veteran", "firefighter", "paramedic", "investigator", "witness", "victim", "suspect", "defendant",
        "plaintiff", "juror",
        // education and science
        "professor", "lecturer", "researcher", "scientist", "scholar", "teacher", "principal", "superintendent",
        "dean", "provost", "student", "pupil", "graduate", "historian", "expert", "academic", "librarian",
        // health
        "doctor", "physician", "surgeon", "nurse", "midwife", "pharmacist", "dentist", "therapist",
        "psychologist", "psychiatrist", "epidemiologist", "patient", "caregiver",
        // sport
        "coach", "manager", "player", "athlete", "captain", "goalkeeper", "quarterback", "pitcher", "striker",
        "midfielder", "defender", "referee", "goalie", "goaltender", "keeper", "winger", "defenceman", "defenseman",
        "linebacker", "shortstop", "jockey", "golfer", "sprinter", "batter", "bowler", "batsman", "rookie", "umpire", "runner", "swimmer", "cyclist", "rider", "skipper",
        "driver", "skater", "boxer", "fighter", "champion", "teammate", "coordinator", "scout", "commissioner",
        // media and culture
        "editor", "reporter", "journalist", "correspondent", "columnist", "cartoonist", "illustrator", "author", "writer", "novelist",
        "poet", "artist", "musician", "singer", "actor", "actress", "director", "producer", "host",
        "presenter", "star", "frontman", "frontwoman", "guitarist", "keyboardist", "drummer", "bassist", "vocalist", "pianist", "bandmate", "photographer", "filmmaker", "curator", "critic", "blogger", "influencer",
        // community and faith
        "resident", "citizen", "neighbour", "neighbor", "parent", "mother", "father", "volunteer", "activist", "advocate",
        "organizer", "organiser", "campaigner", "protester", "protestor", "founder", "pastor", "priest",
        "minister", "rabbi", "imam", "bishop", "reverend", "chaplain", "elder", "owner", "chef", "driver",
        "passenger", "traveller", "traveler", "tourist", "visitor", "fan", "survivor", "friend", "relative",
    ]);

    /// <summary>
    /// Role nouns that name the same part: a team's "skipper" is the "captain" the article named
    /// earlier ("Kell captain Ivo Marsh ... the skipper said").
    /// </summary>
    internal static readonly FrozenDictionary<string, string> SameRoles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["skipper"] = "captain", ["captain"] = "skipper",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Organisation nouns for public bodies: "police said", "the council said" name a body of that
    /// kind, never a guess at the organisation the article mentions most.
    /// </summary>
    internal static readonly FrozenSet<string> PublicBodyNouns = Set(
    [
        "police", "council", "government", "court", "ministry", "department", "authorities", "army", "military",
        "prosecutors", "parliament", "congress", "senate", "legislature", "county", "city", "state", "school", "hospital",
    ]);

    /// <summary>
    /// Roles whose holder, when the article does not name them, speaks for an organisation: the
    /// organisation is the speaker ("a council spokeswoman said" is the council's word).
    /// </summary>
    internal static readonly FrozenSet<string> VoiceRoles = Set(
    [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "official", "officials",
    ]);

    /// <summary>
    /// Nouns of a body whose unnamed voices speak for it: "court officials", "a police spokeswoman",
    /// "ministry officials" are the court, the police force, the ministry.
    /// </summary>
    internal static readonly FrozenSet<string> VoiceBodyNouns = Set(["court", "police", "ministry", "council", "company", "government"]);

    /// <summary>
    /// A member of a party, as a noun describing a person: "Ana Ruiz, a Republican, said", "the
    /// committee's ranking Democrat", "said a New Hampshire Republican".
    /// </summary>
    internal static readonly FrozenSet<string> PartyMemberNouns = Set(
    [
        "republican", "democrat", "independent", "libertarian", "conservative", "tory", "liberal", "socialist",
        "unionist", "nationalist", "communist",
    ]);

    /// <summary>
    /// "R-Norland", "D-Kell", "I-Vt": a party's initial and a state's name or abbreviation, set
    /// off after a lawmaker's name in American news. Says where and which party, never who.
    /// </summary>
    internal static bool IsPartyStateTag(string word) =>
        word.Length >= 4 && word[0] is 'D' or 'R' or 'I' && word[1] == '-' && char.IsUpper(word[2])
        && word.Skip(3).All(c => char.IsLetter(c) || c is '.' or ' ');

    /// <summary>
    /// Capitalised words before a role that name a party, a chamber or a side, not a place ("the
    /// Senate Democratic leader", "the Republican senator").
    /// </summary>
    internal static readonly FrozenSet<string> OfficeNameWords = Set(
    [
        "senate", "house", "assembly", "congress", "parliament", "council", "cabinet", "state", "federal", "national",
        "democratic", "democrat", "republican", "independent", "conservative", "labour", "liberal", "green", "socialist",
        "majority", "minority", "deputy", "vice", "chief", "former", "white", "press", "campaign", "party",
    ]);

    /// <summary>Words before a role that say nothing of which office it is: "the federal judge" may be "District Judge Ana Ruiz".</summary>
    internal static readonly FrozenSet<string> GenericOfficeWords = Set(
    [
        "federal", "local", "state", "national", "regional", "former", "new", "senior", "top", "current", "outgoing",
        "incoming", "acting", "interim", "retired", "presiding", "longtime", "veteran", "then", "sitting",
    ]);

    /// <summary>
    /// A role noun: in <see cref="RoleNouns"/>, or built like one ("hydrologist", "statistician",
    /// "photographer"), or the plural of one.
    /// </summary>
    internal static bool IsRoleNoun(string word) =>
        IsRoleNounForm(word) || word.EndsWith('s') && word.Length > 3 && IsRoleNounForm(word[..^1]);

    /// <summary>A role noun in the singular, as listed or by its ending (never a plural: "Judges" may be a surname).</summary>
    internal static bool IsRoleNounForm(string word) =>
        RoleNouns.Contains(word)
        // "Secretary-General", "ex-president", "Lieutenant-Colonel": a compound ending in a role
        || word.LastIndexOf('-') is var hyphen and > 0 && hyphen + 1 < word.Length
           && (IsRoleNounForm(word[(hyphen + 1)..]) || Honorifics.Contains(word[(hyphen + 1)..]))
        || word.Length > 7 && (word.EndsWith("ologist", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ician", StringComparison.OrdinalIgnoreCase)
                               || word.EndsWith("grapher", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ometrist", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// "Sportswriter", "Businesswoman": one word made of something and a listed role noun of five
    /// letters or more. Read only where a capital proves nothing (a sentence's first word): as a
    /// surname "Kissinger" would pass too.
    /// </summary>
    internal static bool IsCompoundRoleNoun(string word)
    {
        for (var split = 3; word.Length - split >= 5; split++)
        {
            if (RoleNouns.Contains(word[split..]))
            {
                return true;
            }
        }
        return false;
    }
}
