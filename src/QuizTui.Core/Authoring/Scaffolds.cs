using System.Globalization;

namespace QuizTui.Core.Authoring;

/// <summary>
/// Commented starting files for a new content pack. Every placeholder is a valid value, so a
/// pack made of scaffolds validates as it is; the comments say what to replace.
/// </summary>
/// <remarks>
/// Files point their <c>$schema</c> at the pack's own <c>.schemas/</c> folder (written by
/// <c>quiztui new event</c>), so editor completion works wherever the pack lives, offline,
/// and the loader skips the hidden folder.
/// </remarks>
public static class Scaffolds
{
    public const string SchemaFolder = ".schemas";
    public static readonly IReadOnlyList<string> SchemaFiles = ["event.schema.json", "article.schema.json", "quiz.schema.json"];

    private const string SkillList = "main-idea, detail, inference, vocabulary, sourcing, comparison, purpose-and-framing or evaluating-evidence";

    /// <summary>The person ids the event scaffold defines (a who-said-what quiz needs at least 3 speakers).</summary>
    public static readonly IReadOnlyList<string> SamplePeople = ["sample-spokesperson", "sample-critic", "sample-official", "sample-company"];

    public static string EventYaml(string id, DateOnly today) => $"""
        # yaml-language-server: $schema={SchemaFolder}/event.schema.json
        #
        # The event: one news story, told in your own words, and everyone quoted in it.
        # Replace every sample value. Ids are lowercase words joined by hyphens; keep them
        # stable once learners have used the pack (their progress is stored against ids).
        # The full list of keys: docs/content-format.md.
        id: {id}
        title: Sample event title  # short, shown in menus
        period:
          start: {Date(today)}  # first day of coverage (YYYY-MM-DD)
          end: {Date(today)}  # last day; remove this line for a single day
        overview: >-
          Two or three sentences, in your own words, saying what happened, who was
          involved and why it made the news.
        tags: [sample]  # a few words to find the event by

        # Everyone quoted in the articles. A company or agency account is a person too.
        # Quotations name their speaker by id. Remove the samples you do not need once
        # your articles quote real people (a who-said-what quiz needs at least 3).
        people:
          - id: {SamplePeople[0]}
            name: Sample Spokesperson
            role: Spokesperson  # optional
            organisation: Sample Company  # optional
          - id: {SamplePeople[1]}
            name: Sample Critic
            role: Campaigner
          - id: {SamplePeople[2]}
            name: Sample Official
            organisation: Sample Agency
          - id: {SamplePeople[3]}
            name: Sample Company (company statement)

        # Dated happenings, in your own words; optional.
        timeline:
          - date: {Date(today)}
            # time: "14:37"  # optional, quoted
            text: The first thing that happened.
            # articles: [article-id]  # optional: the articles that report it
        """ + "\n";

    /// <param name="id">The article id (also the file name).</param>
    /// <param name="speakerId">A person id of the event for the sample quotation; none when null.</param>
    public static string ArticleYaml(string id, DateOnly today, string? speakerId)
    {
        string quotations = speakerId is null
            ? """
              # quotations:  # add people to event.yaml first; each quotation names its speaker
              #   - id: ARTICLE-quote-1
              #     text: The exact words as printed.
              #     speaker: person-id
              #     channel: statement
              """.Replace("ARTICLE", id, StringComparison.Ordinal)
            : $"""
              # Quotations exactly as this article printed them (no surrounding quote marks).
              # Each one becomes a question of the event's who-said-what quizzes.
              quotations:
                - id: {id}-quote-1
                  text: The exact words as the article printed them.
                  speaker: {speakerId}  # a person id from event.yaml
                  channel: statement  # tweet, email, statement, interview, post, letter, press-release, speech or other
                  context: One line in your words saying when and where it was said.  # optional
              """;
        return $"""
            # yaml-language-server: $schema=../{SchemaFolder}/article.schema.json
            #
            # One article about the event: who published it, a summary in your own words, the
            # key points a learner should take away, and the quotations it prints.
            # Replace every sample value. The full list of keys: docs/content-format.md.
            id: {id}
            outlet: Sample Outlet  # who published it
            published: {Date(today)}  # publication date (YYYY-MM-DD)
            headline: Sample headline as printed
            # headline_is_ours: true  # when the source prints no headline and you wrote this one
            # author: Sample Author  # the byline, if known
            seed: {id}.txt  # file name of the source document this entry is made from
            # url: https://example.com/the-article  # where it was published
            summary: >-
              Two or three sentences, in your own words, saying what this article reports
              and how it frames the event.

            # What a learner should take away. A key point with an id can be cited by an
            # evidence question; a plain line cannot.
            key_points:
              - A plain key point, in your own words.
              - id: {id}-point-1
                text: A key point that an evidence question can cite.

            {quotations}
            """ + "\n";
    }

    /// <param name="quotationIds">Only these quotations (an article's); all of the event's when null.</param>
    public static string WhoSaidWhatQuizYaml(string id, IReadOnlyList<string>? quotationIds)
    {
        string quotations = quotationIds is null
            ? "quotations: all  # or a list of quotation ids: [id-one, id-two]"
            : $"quotations: {YamlText.FlowList(quotationIds)}  # or all: every quotation of the event";
        return $"""
            # yaml-language-server: $schema=../{SchemaFolder}/quiz.schema.json
            #
            # A who-said-what quiz: each quotation becomes a question and the learner names its
            # speaker. Quotations live in the articles; speakers in event.yaml. The full list of
            # keys: docs/content-format.md.
            id: {id}
            kind: who-said-what
            title: Who said it?
            description: Name the speaker of each quotation.  # optional
            {quotations}
            # per_run: 10  # how many quotations one run asks (default: all of them)
            choices: 4  # speakers offered per quotation, 2 to 6
            # distractors: [person-id, person-id]  # wrong answers only from these people (default: anyone in the event)
            """ + "\n";
    }

    /// <param name="id">The quiz id; question ids start with it so they stay unique in the event.</param>
    /// <param name="articleId">The article the quiz is about; null for an event-level quiz.</param>
    /// <param name="citedArticleId">For an event-level quiz: the article the sample questions rest on.</param>
    /// <param name="keyPointId">A key point with an id that the commented evidence example cites, if the event has one.</param>
    /// <param name="quotationId">A quotation that the commented evidence example cites, if the event has one.</param>
    /// <remarks>Each commented example validates once its <c># </c> is removed.</remarks>
    public static string ComprehensionQuizYaml(string id, string? articleId, string citedArticleId, string? keyPointId = null, string? quotationId = null)
    {
        string example = articleId is null ? $"\n#    articles: [{citedArticleId}]" : "";
        string evidence = keyPointId is not null && quotationId is not null
            ? $"""
              #    evidence:  # exactly one correct; quotation ids or key point ids from the articles
              #      - key_point: {keyPointId}
              #        correct: true
              #      - quotation: {quotationId}
              """
            : """
              #    evidence:  # exactly one correct; replace with a key point id and a quotation id from the articles
              #      - key_point: key-point-id
              #        correct: true
              #      - quotation: quotation-id
              """;
        string article = articleId is null
            ? "# No `article:` key: this quiz is about the whole event, so each question lists its `articles`."
            : $"article: {articleId}  # the article this quiz is about; remove it for an event-level quiz";
        string articles = articleId is null ? $"\n    articles: [{citedArticleId}]  # the articles the question rests on" : "";
        return $"""
            # yaml-language-server: $schema=../{SchemaFolder}/quiz.schema.json
            #
            # A comprehension quiz: questions a learner answers after reading. Replace the sample
            # questions; keep each question id unique within the event. Types: single-choice,
            # multiple-answers, true-false, short-answer, numeric, ordering, matching, evidence
            # (examples of each at the end of this file). The full list of keys: docs/content-format.md.
            id: {id}
            kind: comprehension
            title: Sample quiz title
            description: One line telling learners what the quiz covers.  # optional
            {article}
            questions:
              - id: {id}-main-idea
                type: single-choice
                prompt: What is the article mainly about?
                skill: main-idea  # {SkillList}{articles}
                choices:
                  - text: The right answer
                    correct: true
                  - text: A wrong answer
                    feedback: Optional; shown when a learner picks this choice.
                  - text: Another wrong answer
                explanation: Say where in which article the answer is found.

              - id: {id}-detail
                type: true-false
                prompt: A statement the article supports.
                skill: detail{articles}
                answer: true
                explanation: The second paragraph says so.

            # More question types: copy one into the list above, remove the '#' at the start of each line, and edit it.
            #
            #  - id: {id}-several
            #    type: multiple-answers  # every right choice must be picked; partial credit
            #    prompt: Which of these does the article mention?
            #    skill: detail{example}
            #    choices:
            #      - text: One right answer
            #        correct: true
            #      - text: Another right answer
            #        correct: true
            #      - text: A wrong answer
            #    explanation: Where the answer is found.
            #
            #  - id: {id}-name
            #    type: short-answer  # case, punctuation and spacing are ignored
            #    prompt: Which city hosted the meeting?
            #    skill: detail{example}
            #    accepted: [Geneva, Genève]
            #    explanation: Where the answer is found.
            #
            #  - id: {id}-count
            #    type: numeric
            #    prompt: How many staff signed the letter?
            #    skill: detail{example}
            #    answer: 120
            #    tolerance: 5  # optional
            #    unit: staff  # optional, shown
            #    explanation: Where the answer is found.
            #
            #  - id: {id}-order
            #    type: ordering  # at least 3 items, in the right order; shown shuffled
            #    prompt: Put these in the order they happened.
            #    skill: comparison{example}
            #    items: [First, Second, Third]
            #    explanation: Where the answer is found.
            #
            #  - id: {id}-match
            #    type: matching  # at least 2 pairs
            #    prompt: Match each person with their role.
            #    skill: detail{example}
            #    pairs:
            #      - left: A person
            #        right: Their role
            #      - left: Another person
            #        right: Another role
            #    explanation: Where the answer is found.
            #
            #  - id: {id}-evidence
            #    type: evidence  # part A: choices; part B: what supports the answer
            #    prompt: Why did the company change course?
            #    skill: inference{example}
            #    choices:
            #      - text: The right answer
            #        correct: true
            #      - text: A wrong answer
            {evidence}
            #    explanation: Where the answer is found.
            """ + "\n";
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
