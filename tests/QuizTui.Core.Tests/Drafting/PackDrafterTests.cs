using System.Text.RegularExpressions;
using QuizTui.Core.Drafting;
using QuizTui.Core.Loading;
using QuizTui.Core.Model;
using QuizTui.Core.Quizzes;
using YamlDotNet.RepresentationModel;

namespace QuizTui.Core.Tests.Drafting;

/// <summary>
/// Drafting a whole pack from three invented articles about one invented event
/// (Fixtures/drafting/city-vote): a herald with labelled facts, a radio page with a page title,
/// a journal with a masthead and a dateline.
/// </summary>
public partial class PackDrafterTests
{
    private static readonly DateOnly Today = new(2024, 6, 10);

    private static string CityVote => Path.Combine(AppContext.BaseDirectory, "Fixtures", "drafting", "city-vote");

    private static List<ArticleSource> Sources(string folder) =>
        [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(f => new ArticleSource(Path.GetFileName(f), File.ReadAllText(f)))];

    private static PackDraft DraftCityVote() => PackDrafter.Draft("city-vote-2024", Sources(CityVote), Today);

    private static LoadResult Load(PackDraft draft) =>
        ContentLoader.Load(draft.Files.Select(f => new ContentFile(f.Path, f.Text)));

    private static string FileText(PackDraft draft, string path) => Assert.Single(draft.Files, f => f.Path == path).Text;

    [Fact]
    public void The_draft_validates_with_warnings_only_each_at_a_fill_in_or_check_mark()
    {
        var draft = DraftCityVote();

        var result = Load(draft);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Contains(d.Code, new[] { DiagnosticCodes.DraftFillIn, DiagnosticCodes.DraftCheck });
            var line = FileText(draft, d.File).Split('\n')[d.Line - 1];
            var marker = d.Code == DiagnosticCodes.DraftFillIn ? DraftMarkers.FillIn : DraftMarkers.Check;
            Assert.Equal(marker, line.Substring(d.Column - 1, marker.Length));
        });
        var newsEvent = Assert.Single(result.Library.Events);
        Assert.Equal(3, newsEvent.Articles.Count);
    }

    [Fact]
    public void Event_yaml_lists_everyone_with_the_role_the_articles_give_and_the_articles_in_date_order()
    {
        var draft = DraftCityVote();
        var newsEvent = Assert.Single(Load(draft).Library.Events);

        Assert.Equal(
            ["priya-raman", "glen-hollis", "marta-ruiz", "dana-okafor", "alderbrook-cycling-club"],
            newsEvent.People.Select(p => p.Id));
        Assert.Equal("Councillor", newsEvent.FindPerson("priya-raman")!.Role);
        Assert.Equal("Mayor", newsEvent.FindPerson("dana-okafor")!.Role);
        Assert.Equal(new DateOnly(2024, 5, 1), newsEvent.Period.Start);
        Assert.Equal(new DateOnly(2024, 5, 2), newsEvent.Period.End);
        // The radio text states no date: it is dated the day of drafting, marked to fill in, and comes last.
        Assert.Equal(
            ["alderbrook-herald-2024-05-01", "alderbrook-journal-2024-05-02", "radio"],
            newsEvent.Timeline.SelectMany(t => t.ArticleIds));
        Assert.Contains("  - date: 2024-06-10  # FILL IN: no date stated in radio; this is the day of drafting\n", FileText(draft, "event.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_article_has_its_stated_facts_and_fill_in_places_for_the_instructors_words()
    {
        var draft = DraftCityVote();
        var herald = FileText(draft, "articles/alderbrook-herald-2024-05-01.yaml");
        var radio = FileText(draft, "articles/radio.yaml");

        Assert.Contains("outlet: Alderbrook Herald  # line 2 of the text", herald, StringComparison.Ordinal);
        Assert.Contains("author: Jo Ellison", herald, StringComparison.Ordinal);
        // A guess names what was guessed, as validate shows the comment without its key.
        Assert.Contains("headline: Bike lane approved after late-night debate  # CHECK: headline guessed from line 1", radio, StringComparison.Ordinal);
        Assert.Contains("outlet: Valley Public Radio  # CHECK: outlet guessed from line", radio, StringComparison.Ordinal);
        Assert.Contains("published: 2024-06-10  # FILL IN: the text states no date", radio, StringComparison.Ordinal);
        Assert.Matches(FillInValue("summary"), herald);
        Assert.Matches(@"key_points:\n  - 'FILL IN:", herald);
    }

    [Fact]
    public void Summaries_and_key_points_never_carry_the_reporters_sentences()
    {
        var draft = DraftCityVote();
        var sources = Sources(CityVote).Select(s => string.Join(' ', Words(s.Text))).ToList();

        foreach (var file in draft.Files)
        {
            // Quotations are the speakers' words, and headlines, names and roles are facts of the
            // source; no other value may repeat six words in a row of any article.
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Text));
            foreach (var value in Values(stream.Documents[0].RootNode, key: null))
            {
                var written = Words(value);
                for (var i = 0; i + 6 <= written.Count; i++)
                {
                    var run = string.Join(' ', written.Skip(i).Take(6));
                    Assert.All(sources, source => Assert.DoesNotContain(run, source, StringComparison.Ordinal));
                }
            }
        }
    }

    private static readonly string[] FactKeys = ["text", "headline", "name", "role", "organisation", "outlet", "author"];

    private static IEnumerable<string> Values(YamlNode node, string? key) => node switch
    {
        YamlScalarNode scalar when key is null || !FactKeys.Contains(key) => [scalar.Value ?? ""],
        YamlMappingNode map => map.Children.SelectMany(kv => Values(kv.Value, ((YamlScalarNode)kv.Key).Value)),
        YamlSequenceNode list => list.Children.SelectMany(item => Values(item, key)),
        _ => [],
    };

    [Fact]
    public void Quotations_are_verbatim_without_the_comma_before_their_attribution_and_carry_their_speaker()
    {
        var newsEvent = Assert.Single(Load(DraftCityVote()).Library.Events);
        var herald = newsEvent.FindArticle("alderbrook-herald-2024-05-01")!;

        Assert.Equal(
            ["This is the safest street we can build for the money we have", "Every month we wait is another month of near misses.",
             "We are asking shop owners to carry the cost of a plan they never asked for"],
            herald.Quotations.Select(q => q.Text));
        Assert.Equal(["priya-raman", "priya-raman", "glen-hollis"], herald.Quotations.Select(q => q.SpeakerId));
        var statement = Assert.Single(newsEvent.Quotations, q => q.SpeakerId == "alderbrook-cycling-club");
        Assert.Equal("statement", statement.Channel);
    }

    [Fact]
    public void Versions_of_one_quotation_in_two_articles_share_a_speaker_so_the_compare_view_groups_them()
    {
        var draft = DraftCityVote();
        var newsEvent = Assert.Single(Load(draft).Library.Events);

        var group = Assert.Single(QuotationComparison.Groups(newsEvent));
        Assert.Equal("priya-raman", group.Speaker?.Id);
        Assert.Equal(["alderbrook-herald-2024-05-01", "radio"], group.Versions.Select(v => v.Article.Id).Order(StringComparer.Ordinal));
        Assert.Contains("also printed as alderbrook-herald-2024-05-01-q1 (compare view)", FileText(draft, "articles/radio.yaml"), StringComparison.Ordinal);
        Assert.Equal(2, draft.Summary.Linked);
    }

    [Fact]
    public void Beside_a_quotation_only_its_own_versions_are_named_not_those_a_shared_fragment_joins_it_to()
    {
        // The fragment in the second article is a version of both longer quotations, which are
        // not versions of each other.
        List<ArticleSource> sources =
        [
            new("a.txt", """
                Outlet: Millbrook Gazette
                Published: 2026-03-03

                "We will keep the mill open for as long as the orders come in, and we will not cut a single job this year," said Daniel Pryce, chief executive of Harlow Paper.
                """),
            new("b.txt", """
                Outlet: Valley News
                Published: 2026-03-04

                The company would "not cut a single job," Daniel Pryce said.
                """),
            new("c.txt", """
                Outlet: River Radio
                Published: 2026-03-05

                "We will not cut a single job at the Kettering plant, whatever happens to prices," Daniel Pryce said on Thursday.
                """),
        ];
        var draft = PackDrafter.Draft("mill-2026", sources, Today);

        string VersionsOf(string path) =>
            System.Text.RegularExpressions.Regex.Match(FileText(draft, path), @"also printed as ([^(]+) \(compare view\)").Groups[1].Value;

        Assert.Equal("valley-news-2026-03-04-q1", VersionsOf("articles/millbrook-gazette-2026-03-03.yaml"));
        Assert.Equal("millbrook-gazette-2026-03-03-q1, river-radio-2026-03-05-q1", VersionsOf("articles/valley-news-2026-03-04.yaml"));
        Assert.Equal("valley-news-2026-03-04-q1", VersionsOf("articles/river-radio-2026-03-05.yaml"));
        Assert.Equal(3, draft.Summary.Linked);
        // "Daniel Pryce, chief executive of Harlow Paper" is written as people are in a pack.
        Assert.Contains("    role: Chief executive  # as millbrook-gazette-2026-03-03 gives it\n", FileText(draft, "event.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Short_quotations_that_share_only_common_words_are_not_versions_and_keep_their_own_speakers()
    {
        // "It was a business." and "It was a game for the neutrals …" share "it was a" and nothing else.
        List<ArticleSource> sources =
        [
            new("court.txt", """
                Outlet: Kell Courier
                Published: 2026-03-03

                "This was not a single lapse," prosecutor Ian Okafor told the jury. "It was a business."
                """),
            new("match.txt", """
                Outlet: Norland Sport
                Published: 2026-03-04

                "It was a game for the neutrals, not for my heart," Rovers manager Sofia Brandt said.
                """),
        ];
        var draft = PackDrafter.Draft("kell-week", sources, Today);

        Assert.Equal(0, draft.Summary.Linked);
        Assert.DoesNotContain("compare view", FileText(draft, "articles/kell-courier-2026-03-03.yaml"), StringComparison.Ordinal);
        Assert.Contains("speaker: ian-okafor", FileText(draft, "articles/kell-courier-2026-03-03.yaml"), StringComparison.Ordinal);
        Assert.DoesNotContain("sofia-brandt", FileText(draft, "articles/kell-courier-2026-03-03.yaml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("It was a business.", "It was a great day.", false)]
    [InlineData("We will not give up.", "We will not.", true)]
    [InlineData("not cut a single job", "We will not cut a single job this year", true)]
    [InlineData("The pier stays open.", "The pier stays open, whatever the weather.", true)]
    public void Versions_share_their_own_words_not_only_common_ones(string a, string b, bool versions)
    {
        Assert.Equal(versions, QuotationComparison.AreVersions(a, b));
    }

    [Fact]
    public void Each_version_named_beside_a_quotation_is_the_id_of_a_quotation_in_the_pack_whichever_file_is_written_first()
    {
        var draft = DraftCityVote();
        var ids = Assert.Single(Load(draft).Library.Events).Quotations.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);

        var named = draft.Files.Where(f => f.Path.StartsWith("articles/", StringComparison.Ordinal))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(f.Text, @"also printed as ([^(]+) \(compare view\)"))
            .SelectMany(m => m.Groups[1].Value.Split(", "))
            .ToList();

        Assert.Equal(2, named.Count);
        Assert.All(named, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void The_who_said_what_quiz_asks_every_quotation_with_other_speakers_of_the_event_as_wrong_answers()
    {
        var newsEvent = Assert.Single(Load(DraftCityVote()).Library.Events);
        var quiz = Assert.IsType<WhoSaidWhatQuiz>(Assert.Single(newsEvent.Quizzes));
        var speakers = newsEvent.Quotations.Select(q => q.SpeakerId).Distinct().ToHashSet();

        Assert.Null(quiz.QuotationIds);
        Assert.True(speakers.SetEquals(quiz.DistractorPool!));
        var session = QuizSessionBuilder.Start(newsEvent, quiz, seed: 3, DateTimeOffset.UnixEpoch);
        // Versions of one quotation are asked once.
        Assert.Equal(newsEvent.Quotations.Count() - 1, session.Questions.Count);
        var question = Assert.IsType<WhoSaidWhatQuestion>(session.Current!.Question);
        Assert.Equal(4, question.Speakers.Count);
        Assert.All(question.Speakers, p => Assert.Contains(p.Id, speakers));
        var answer = session.Answer(new SpeakerAnswer(question.Quotation.SpeakerId), TimeSpan.FromSeconds(3), DateTimeOffset.UnixEpoch);
        Assert.Equal(Verdict.Right, answer.Grade.Verdict);
    }

    [Fact]
    public void A_quotation_with_no_speaker_is_left_commented_out_and_marked_to_check()
    {
        const string text = """
            Outlet: Riverton Courier
            Date: 2024-03-01
            Headline: Ferry fares to rise

            "Nobody warned us about this."

            The ferry company raised fares by a fifth on Monday. Captain Mae Olsen said the fuel bill had doubled.

            "We held prices for three years," Olsen said.
            """;

        var draft = PackDrafter.Draft("ferry-fares", [new ArticleSource("courier.txt", text)], Today);
        var article = FileText(draft, "articles/riverton-courier-2024-03-01.yaml");

        Assert.Contains("  # CHECK: no speaker found (paragraph 2, low confidence 0.20); give it a speaker from event.yaml and uncomment it\n  # - id: riverton-courier-2024-03-01-q1\n  #   text: Nobody warned us about this.\n  #   speaker: unknown", article, StringComparison.Ordinal);
        Assert.Equal(1, draft.Summary.Unresolved);
        var result = Load(draft);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        // One speaker: two placeholders make three possible answers, each a place to fill in.
        var newsEvent = Assert.Single(result.Library.Events);
        Assert.Equal(["mae-olsen", "another-voice-1", "another-voice-2"], newsEvent.People.Select(p => p.Id));
        Assert.StartsWith(DraftMarkers.FillIn, newsEvent.FindPerson("another-voice-1")!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speaker_found_with_low_confidence_is_marked_to_check_with_the_reason()
    {
        const string text = """
            Lena Fisk said the market would move. Omar Saleh said the traders had not been asked.

            "Nobody told us anything," she said.
            """;

        var draft = PackDrafter.Draft("market", [new ArticleSource("market.txt", text)], Today);

        Assert.Matches(@"speaker: omar-saleh  # CHECK: Omar Saleh, low confidence \(0\.60\): speaker inferred from 'she' → Omar Saleh", FileText(draft, "articles/market.yaml"));
        Assert.Equal(1, draft.Summary.ToCheck);
    }

    [Fact]
    public void A_surname_in_one_article_and_an_acronym_in_another_join_the_full_names_given_elsewhere()
    {
        const string first = """
            Date: 2024-03-01

            "We will not raise fares again this year," said Riverton Transit Commission chair Hana Bell.
            """;
        const string second = """
            Date: 2024-03-02

            "The fares are fair," Bell said on Tuesday. "Fuel is not free," RTC said in a statement.
            """;

        var draft = PackDrafter.Draft("fares", [new ArticleSource("a.txt", first), new ArticleSource("b.txt", second)], Today);
        var newsEvent = Assert.Single(Load(draft).Library.Events);

        Assert.Equal(["hana-bell", "riverton-transit-commission"], newsEvent.People.Take(2).Select(p => p.Id));
        Assert.All(newsEvent.FindArticle("b")!.Quotations, q => Assert.Contains(q.SpeakerId, new[] { "hana-bell", "riverton-transit-commission" }));
    }

    [Fact]
    public void A_masthead_in_capitals_and_a_date_that_reads_two_ways_are_written_with_what_to_check()
    {
        const string text = """
            THE RIVERTON TIMES

            Published: 03/04/2026

            Ferry crews ask for a new timetable

            "The crossings are too close together," said Hana Bell, a deckhand with the ferry service.
            """;
        var draft = PackDrafter.Draft("ferry-2026", [new ArticleSource("crews.txt", text)], Today);

        var article = Assert.Single(draft.Files, f => f.Path.StartsWith("articles/", StringComparison.Ordinal)).Text;
        var result = Load(draft);

        Assert.Contains("outlet: The Riverton Times  # CHECK: outlet guessed from line 1 of the text", article, StringComparison.Ordinal);
        Assert.Contains("published: 2026-03-04  # CHECK: date from line 3 of the text: '03/04/2026' read month first, 4 March 2026; it could be 3 April 2026", article, StringComparison.Ordinal);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DraftCheck && d.Message.Contains("could be 3 April 2026", StringComparison.Ordinal));
    }

    [Fact]
    public void An_outlet_named_in_the_dateline_is_written_with_what_to_check_and_names_the_article()
    {
        const string text = """
            Lindenport Courier, 14 March 2026

            Ferry crews ask for a new timetable

            "The crossings are too close together," said Hana Bell, a deckhand with the ferry service.
            """;
        var draft = PackDrafter.Draft("ferry-2026", [new ArticleSource("crews.txt", text)], Today);

        var article = FileText(draft, "articles/lindenport-courier-2026-03-14.yaml");

        Assert.Contains("outlet: Lindenport Courier  # CHECK: outlet guessed from line 1 of the text", article, StringComparison.Ordinal);
        Assert.Contains("published: 2026-03-14  # CHECK: date guessed from line 1 of the text", article, StringComparison.Ordinal);
        Assert.False(Load(draft).HasErrors);
    }

    [Fact]
    public void A_text_that_names_no_outlet_leaves_the_outlet_to_fill_in_and_validate_warns()
    {
        const string text = """
            Lindenport, 14 March 2026
            By Ana Ruiz

            Ferry crews ask for a new timetable

            "The crossings are too close together," said Hana Bell, a deckhand with the ferry service.
            """;
        var draft = PackDrafter.Draft("ferry-2026", [new ArticleSource("crews.txt", text)], Today);

        var article = FileText(draft, "articles/crews.yaml");
        var result = Load(draft);

        Assert.Matches(FillInValue("outlet"), article);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DraftFillIn && d.File == "articles/crews.yaml"
            && article.Split('\n')[d.Line - 1].StartsWith("outlet:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_with_no_headline_found_gets_a_place_for_the_instructors_own_marked_as_ours()
    {
        const string text = """
            More than 300 people came to the town hall on Thursday evening to hear the council's plans for the mill site, which closes in June.

            "We were told there was no buyer," said Anita Desai, an organiser for the print workers' union.
            """;
        var draft = PackDrafter.Draft("mill-2026", [new ArticleSource("town-hall.txt", text)], Today);

        var article = FileText(draft, "articles/town-hall.yaml");
        var loaded = Assert.Single(Assert.Single(Load(draft).Library.Events).Articles);

        Assert.Matches(FillInValue("headline"), article);
        Assert.Contains("\nheadline_is_ours: true  # the headline is yours;", article, StringComparison.Ordinal);
        Assert.True(loaded.HeadlineIsOurs);
    }

    [Fact]
    public void The_seed_articles_draft_into_a_pack_that_validates_and_plays()
    {
        if (RepoPaths.SeedsFolder is not { } seeds)
        {
            Assert.Skip("Seed articles are absent (set QUIZTUI_SEEDS or place them in ../shared/seeds).");
            return;
        }
        var sources = Sources(seeds);
        Assert.Equal(5, sources.Count);

        var draft = PackDrafter.Draft("hootsuite-draft", sources, Today);
        var result = Load(draft);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.All(result.Diagnostics, d => Assert.Contains(d.Code, new[] { DiagnosticCodes.DraftFillIn, DiagnosticCodes.DraftCheck }));
        var newsEvent = Assert.Single(result.Library.Events);
        Assert.Equal(5, newsEvent.Articles.Count);
        Assert.Contains(newsEvent.People, p => p.Name == "Tom Keiser");
        Assert.Contains(newsEvent.People, p => p.Name == "Sam Anderson");
        Assert.NotEmpty(QuotationComparison.Groups(newsEvent));
        foreach (var quotation in newsEvent.Quotations)
        {
            // Verbatim: each part of a quotation (parts joined with " … " where the attribution
            // interrupted it) is in the seed as printed.
            var seed = TextFolding.FoldTypography(File.ReadAllText(Path.Combine(seeds, newsEvent.FindArticle(quotation.ArticleId)!.Seed)));
            foreach (var part in quotation.Text.Split(" … "))
            {
                Assert.Contains(TextFolding.FoldTypography(part), seed, StringComparison.Ordinal);
            }
        }
        var quiz = Assert.IsType<WhoSaidWhatQuiz>(Assert.Single(newsEvent.Quizzes));
        var session = QuizSessionBuilder.Start(newsEvent, quiz, seed: 1, DateTimeOffset.UnixEpoch);
        Assert.True(session.Questions.Count >= 10, $"{session.Questions.Count} questions");
        var question = Assert.IsType<WhoSaidWhatQuestion>(session.Current!.Question);
        Assert.Equal(Verdict.Right, session.Answer(new SpeakerAnswer(question.Quotation.SpeakerId), TimeSpan.FromSeconds(2), DateTimeOffset.UnixEpoch).Grade.Verdict);
    }

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    private static Regex FillInValue(string key) => new($@"{key}: (>-\n  |')FILL IN:");

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex WordPattern();
}
