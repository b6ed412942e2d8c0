using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using QuizTui.Core.Drafting;

namespace QuizTui.Core.Tests.Drafting;

// Every text here is invented; the annotation strings are built from it the way PolNeAR's brat
// files are written: offsets in code points, one T line per span, an E line per relation.
public partial class PolNearGoldTests
{
    [Fact]
    public void A_quotation_in_the_content_of_a_speech_cue_is_speech_by_the_named_source()
    {
        const string text = "Plans shift.\n\nSpokeswoman Haley Morris says the candidate will “keep a lean campaign.”\n";
        var ann = Ann(text, ("Source", "Spokeswoman Haley Morris"), ("Cue", "says"), ("Content", "the candidate will “keep a lean campaign.”"));

        var gold = PolNearGold.Convert(text, ann, null);

        var quotation = Assert.Single(gold.Quotations);
        Assert.Equal(new GoldQuotation("keep a lean campaign.", "Haley Morris", QuotationKind.Speech), quotation.Gold);
        Assert.Equal(PolNearSpeakerOrigin.Named, quotation.Origin);
        Assert.Equal(text.IndexOf('“', StringComparison.Ordinal), quotation.Span.Start);
        Assert.Empty(gold.Ignored);
    }

    [Fact]
    public void Offsets_count_code_points_so_a_character_beyond_the_basic_plane_shifts_nothing()
    {
        const string text = "Fans wrote 🎉 online.\n\nIvo Lune said the vote was “fair and quick” on Monday.\n";
        var ann = Ann(text, ("Source", "Ivo Lune"), ("Cue", "said"), ("Content", "the vote was “fair and quick”"));

        var (attributions, _) = PolNearAnnotation.Parse(text, ann);

        var attribution = Assert.Single(attributions);
        Assert.Equal("Ivo Lune", PolNearAnnotation.TextOf(text, attribution.Source));
        Assert.Equal("the vote was “fair and quick”", PolNearAnnotation.TextOf(text, attribution.Content));
        Assert.Equal("fair and quick", Assert.Single(PolNearGold.Convert(text, ann, null).Quotations).Gold.Text);
    }

    [Fact]
    public void Curly_apostrophes_inside_words_are_no_quotation_marks()
    {
        const string text = "Lune’s aides didn’t comment. Ivo Lune said it’s “the council’s call.”\n";
        var ann = Ann(text, ("Source", "Ivo Lune"), ("Cue", "said"), ("Content", "it’s “the council’s call.”"));

        var quotation = Assert.Single(PolNearGold.Convert(text, ann, null).Quotations);

        Assert.Equal("the council’s call.", quotation.Gold.Text);
    }

    [Fact]
    public void A_quotation_over_several_paragraphs_is_one_quotation()
    {
        const string text = "Ivo Lune said: “We built the pier in a year.\n\n“Then the storms came.”\n\nThe pier reopens in May.\n";
        var ann = Ann(text, ("Source", "Ivo Lune"), ("Cue", "said"), ("Content", "“We built the pier in a year.\n\n“Then the storms came.”"));

        var quotation = Assert.Single(PolNearGold.Convert(text, ann, null).Quotations);

        Assert.Equal("We built the pier in a year. Then the storms came.", quotation.Gold.Text);
        Assert.Equal("Ivo Lune", quotation.Gold.Speaker);
    }

    [Fact]
    public void A_sentence_interrupted_by_its_attribution_is_one_quotation_and_a_new_sentence_another()
    {
        const string text = "“The pier,” Ivo Lune said, “is safe.” Later: “We are done,” Lune said. “Go home.”\n";
        var ann = Ann(
            text,
            ("Source", "Ivo Lune"), ("Cue", "said"), ("Content", "“The pier,”|“is safe.”"),
            ("Source", "Lune"), ("Cue", "said"), ("Content", "“We are done,”|“Go home.”"));

        var quotations = PolNearGold.Convert(text, ann, null).Quotations;

        Assert.Equal(["The pier, … is safe.", "We are done,", "Go home."], quotations.Select(q => q.Gold.Text));
        Assert.All(quotations, q => Assert.Equal("Ivo Lune", q.Gold.Speaker));
    }

    [Fact]
    public void A_quotation_of_a_thought_or_of_no_source_is_ignored_and_drafts_there_left_out()
    {
        const string text = "Ivo Lune believes the plan is “a trap.” It was called “a relief.” The “quiet hours” end.\n";
        var ann = Ann(
            text,
            ("Source", "Ivo Lune"), ("Cue", "believes"), ("Content", "the plan is “a trap.”"),
            ("Cue", "was called"), ("Content", "“a relief.”"));

        var gold = PolNearGold.Convert(text, ann, null);

        // The label stays (a draft offering it as speech is spurious); the thought and the
        // quotation with no source count neither way.
        Assert.Equal([("quiet hours", QuotationKind.Label)], gold.Quotations.Select(q => (q.Gold.Text, q.Gold.Kind)));
        Assert.Equal(2, gold.Ignored.Count);
        var drafts = new[]
        {
            new DraftQuotation { Text = "a trap.", Offset = text.IndexOf("“a trap", StringComparison.Ordinal), Kind = QuotationKind.Speech },
            new DraftQuotation { Text = "a relief.", Offset = text.IndexOf("“a relief", StringComparison.Ordinal), Kind = QuotationKind.Speech },
            new DraftQuotation { Text = "quiet hours", Offset = text.IndexOf("“quiet", StringComparison.Ordinal), Kind = QuotationKind.Speech },
        };
        Assert.Equal(["quiet hours"], gold.WithoutIgnored(drafts).Select(d => d.Text));
    }

    [Theory]
    [InlineData("said", true)]
    [InlineData("has also told reporters", true)]
    [InlineData("according to", true)]
    [InlineData(":", true)]
    [InlineData("tweeted", true)]
    [InlineData("believes", false)]
    [InlineData("reserved his passion for", false)]
    [InlineData("wants", false)]
    [InlineData("concluded", false)]
    [InlineData("called", true)]
    public void Speech_cues_are_a_short_list_of_verbs(string cue, bool speech) =>
        Assert.Equal(speech, PolNearGold.IsSpeechCue(cue));

    [Fact]
    public void A_surname_is_completed_from_the_one_fuller_name_in_the_article()
    {
        const string text = "Haley Morris runs the office.\n\nMorris said the count was “slow but fair.”\n";
        var ann = Ann(text, ("Source", "Morris"), ("Cue", "said"), ("Content", "the count was “slow but fair.”"));

        Assert.Equal("Haley Morris", Assert.Single(PolNearGold.Convert(text, ann, null).Quotations).Gold.Speaker);
    }

    [Fact]
    public void A_surname_two_fuller_names_end_with_is_left_alone()
    {
        const string text = "Haley Morris and Dana Morris run the office.\n\nMorris said the count was “slow but fair.”\n";
        var ann = Ann(text, ("Source", "Morris"), ("Cue", "said"), ("Content", "the count was “slow but fair.”"));

        Assert.Equal("Morris", Assert.Single(PolNearGold.Convert(text, ann, null).Quotations).Gold.Speaker);
    }

    [Fact]
    public void An_owner_before_a_common_noun_is_no_speaker_s_name()
    {
        const string text = "Lune’s campaign says it will “move to the coast.”\n";
        var ann = Ann(text, ("Source", "Lune’s campaign"), ("Cue", "says"), ("Content", "it will “move to the coast.”"));

        var quotation = Assert.Single(PolNearGold.Convert(text, ann, null).Quotations);

        Assert.Equal("Lune’s campaign", quotation.Gold.Speaker);
        Assert.Equal(PolNearSpeakerOrigin.Unnamed, quotation.Origin);
    }

    [Fact]
    public void A_pronoun_source_takes_the_name_of_its_coreference_chain_and_its_fuller_form()
    {
        const string text = "Mayor Ana Ruiz visited the pier . Ruiz met divers . She said the water was “cold and clear .”";
        var ann = Ann(text, ("Source", "She"), ("Cue", "said"), ("Content", "the water was “cold and clear .”"));
        // Tokens 8 ("Ruiz") and 12 ("She") form one chain; "Ruiz" represents it.
        var xml = CoreNlpXml(text, people: ["Ana", "Ruiz"], chain: [(8, 9, true), (12, 13, false)]);

        var quotation = Assert.Single(PolNearGold.Convert(text, ann, xml).Quotations);

        Assert.Equal("Ana Ruiz", quotation.Gold.Speaker);
        Assert.Equal(PolNearSpeakerOrigin.Coreference, quotation.Origin);
    }

    [Fact]
    public void A_pronoun_source_without_a_named_chain_is_kept_as_printed()
    {
        const string text = "A diver spoke . He said the water was “cold and clear .”";
        var ann = Ann(text, ("Source", "He"), ("Cue", "said"), ("Content", "the water was “cold and clear .”"));
        var xml = CoreNlpXml(text, people: [], chain: [(1, 3, true), (5, 6, false)]);

        var quotation = Assert.Single(PolNearGold.Convert(text, ann, xml).Quotations);

        Assert.Equal("He", quotation.Gold.Speaker);
        Assert.Equal(PolNearSpeakerOrigin.Unnamed, quotation.Origin);
    }

    [Fact]
    public void A_title_tagged_with_the_name_is_left_out()
    {
        const string text = "Sen. Ivo Lune said it was “done .”";
        var ann = Ann(text, ("Source", "Sen. Ivo Lune"), ("Cue", "said"), ("Content", "it was “done .”"));
        var xml = CoreNlpXml(text, people: ["Sen.", "Ivo", "Lune"], chain: []);

        Assert.Equal("Ivo Lune", Assert.Single(PolNearGold.Convert(text, ann, xml).Quotations).Gold.Speaker);
    }

    [Fact]
    public void Proper_nouns_before_a_describing_clause_are_the_name()
    {
        const string text = "Jo Vale runs the shop . Vale , who lives nearby , said it was “busy .”";
        var ann = Ann(text, ("Source", "Vale , who lives nearby"), ("Cue", "said"), ("Content", "it was “busy .”"));
        // The tagger took "Vale" for a place every time: only its part of speech says it is a name.
        var xml = CoreNlpXml(text, people: [], chain: []);

        var quotation = Assert.Single(PolNearGold.Convert(text, ann, xml).Quotations);

        Assert.Equal("Jo Vale", quotation.Gold.Speaker);
        Assert.Equal(PolNearSpeakerOrigin.Named, quotation.Origin);
    }

    [Fact]
    public void Two_straight_apostrophes_are_a_double_quotation_mark()
    {
        const string text = "''We are ready,'' Ivo Lune said.\n";
        var ann = Ann(text, ("Source", "Ivo Lune"), ("Cue", "said"), ("Content", "''We are ready,''"));

        Assert.Equal("We are ready,", Assert.Single(PolNearGold.Convert(text, ann, null).Quotations).Gold.Text);
    }

    [Fact]
    public void The_first_annotation_file_by_name_is_read()
    {
        Assert.Equal("a_4e07.ann", PolNearGold.ChooseAnnotation(["a_d473.ann", "a_4e07.ann"]));
    }

    /// <summary>
    /// A brat file for <paramref name="text"/>: each Source, Cue and Content found in the text
    /// (pieces of a broken span separated by '|'), one relation per Content with the Source and Cue
    /// listed before it since the last Content.
    /// </summary>
    private static string Ann(string text, params (string Type, string Words)[] spans)
    {
        var ann = new StringBuilder();
        var roles = new List<string>();
        var relations = 0;
        for (var i = 0; i < spans.Length; i++)
        {
            var (type, words) = spans[i];
            var pieces = words.Split('|').Select(piece =>
            {
                var start = text.IndexOf(piece, StringComparison.Ordinal);
                Assert.True(start >= 0, $"'{piece}' is not in the text");
                return $"{CodePoints(text, start)} {CodePoints(text, start + piece.Length)}";
            });
            ann.Append(CultureInfo.InvariantCulture, $"T{i + 1}\t{type} {string.Join(';', pieces)}\t{words.Replace('|', ' ')}\n");
            roles.Add($"{type}:T{i + 1}");
            if (type == "Content")
            {
                ann.Append(CultureInfo.InvariantCulture, $"E{++relations}\t{string.Join(' ', roles)}\n");
                roles.Clear();
            }
        }
        return ann.ToString();
    }

    private static int CodePoints(string text, int utf16) => text[..utf16].EnumerateRunes().Count();

    /// <summary>
    /// A CoreNLP-like analysis of <paramref name="text"/> as one sentence of space-separated tokens:
    /// capitalised words NNP, "He" and "She" PRP, others NN; <paramref name="people"/> tagged PERSON;
    /// one chain of mentions given by 1-based token numbers (end exclusive).
    /// </summary>
    private static string CoreNlpXml(string text, string[] people, (int Start, int End, bool Representative)[] chain)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root><document><sentences><sentence id=\"1\"><tokens>\n");
        var id = 0;
        foreach (Match word in TokenPattern().Matches(text))
        {
            var pos = word.Value is "He" or "She" ? "PRP" : char.IsUpper(word.Value[0]) ? "NNP" : "NN";
            var ner = people.Contains(word.Value) ? "PERSON" : "O";
            xml.Append(CultureInfo.InvariantCulture,
                $"<token id=\"{++id}\"><word>{word.Value}</word><CharacterOffsetBegin>{word.Index}</CharacterOffsetBegin><CharacterOffsetEnd>{word.Index + word.Length}</CharacterOffsetEnd><POS>{pos}</POS><NER>{ner}</NER></token>\n");
        }
        xml.Append("</tokens></sentence></sentences><coreference><coreference>\n");
        foreach (var (start, end, representative) in chain)
        {
            xml.Append(CultureInfo.InvariantCulture,
                $"<mention{(representative ? " representative=\"true\"" : "")}><sentence>1</sentence><start>{start}</start><end>{end}</end><head>{start}</head></mention>\n");
        }
        return xml.Append("</coreference></coreference></document></root>\n").ToString();
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex TokenPattern();
}
