using QuizTui.Core.Drafting;
using static QuizTui.Core.Tests.Drafting.Drafted;

namespace QuizTui.Core.Tests.Drafting;

// Every article here is invented for these tests: fictional towns, people and events.
public class CoreferenceTests
{
    [Fact]
    public void A_speaker_named_in_full_once_is_given_in_full_when_called_by_surname_pronoun_or_role()
    {
        const string article = """
            Riverton mayor Maria Lopez opened Monday's meeting with the bridge.

            "We have waited long enough for this bridge," Lopez said.

            Council member Tom Baker said his finance committee had seen the cost double since spring.

            "We cannot sign a blank cheque," Baker said.

            "I hear the concerns, but the bridge is safe and it is needed," she said.

            "We will vote on it in June," the mayor said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Maria Lopez", Quote(drafts, "We have waited").Speaker);
        Assert.Equal("Tom Baker", Quote(drafts, "We cannot sign").Speaker);
        var pronoun = Quote(drafts, "I hear the concerns");
        Assert.Equal("Maria Lopez", pronoun.Speaker);
        Assert.Equal("speaker inferred from 'she' → Maria Lopez, last named three paragraphs earlier; that far back, 'she' may mean someone else: check", pronoun.Reason);
        var role = Quote(drafts, "We will vote");
        Assert.Equal("Maria Lopez", role.Speaker);
        Assert.Contains("'mayor' → Maria Lopez", role.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_goes_to_the_person_most_recently_introduced_as_a_speaker_not_to_whoever_was_quoted_last()
    {
        const string article = """
            "The plan is sound," said Ana Ortiz, the city's engineer.

            Ortiz's deputy, Samuel Reed, joined the briefing later. He said the work would start in May.

            "We expect some delays on Harbour Road," he said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("Ana Ortiz", Quote(drafts, "The plan is sound").Speaker);
        var pronoun = Quote(drafts, "We expect some delays");
        Assert.Equal("Samuel Reed", pronoun.Speaker);
        Assert.False(pronoun.NeedsCheck);
        Assert.StartsWith("speaker inferred from 'he' → Samuel Reed", pronoun.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_skips_a_person_mentioned_only_in_passing()
    {
        const string article = """
            Fire chief Dana Wells said her crews had worked through the night.

            The crews thanked Gov. Paul Hart for sending extra trucks from the capital.

            "Without those trucks we would have lost the school," she said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Dana Wells", draft.Speaker);
        Assert.Equal("speaker inferred from 'she' → Dana Wells, introduced two paragraphs earlier; that far back, 'she' may mean someone else: check", draft.Reason);
    }

    [Fact]
    public void A_pronoun_of_the_other_gender_passes_over_the_latest_speaker()
    {
        const string article = """
            Ms. Priya Raman, the school's principal, spoke first.

            "Our pupils deserve a safe crossing," Raman said.

            Parent Carl Voss said his children walk to school every day.

            "I will write to the council tonight," she said.
            """;

        Assert.Equal("Priya Raman", Quote(QuotationDrafter.Extract(article), "I will write").Speaker);
    }

    [Fact]
    public void Gender_is_read_from_honorifics_and_pronouns_in_the_text_and_unknown_stays_compatible()
    {
        const string article = """
            Mr. Hal Brandt runs the ferry. Jo Kell, a ferry worker, has crewed it for ten years.

            "The engine is older than I am," she said.
            """;

        // Jo Kell's gender is not shown; she is still compatible with "she", Brandt is not.
        var draft = Assert.Single(QuotationDrafter.Extract(article));
        Assert.Equal("Jo Kell", draft.Speaker);
    }

    [Fact]
    public void When_two_people_fit_a_pronoun_the_draft_says_to_check()
    {
        const string article = """
            Lena Fisk said the market would move. Omar Saleh said the traders had not been asked.

            "Nobody told us anything," she said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.True(draft.NeedsCheck, $"{draft.Speaker}: {draft.Reason}");
        Assert.Equal("low", draft.ConfidenceWord);
        Assert.EndsWith(": check", draft.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surname_after_an_honorific_refers_back_to_the_full_name()
    {
        const string article = """
            Dr. Alan Pryce, the club's physician, examined the players on Friday.

            "Nobody will play while injured," Dr. Pryce said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));
        Assert.Equal("Alan Pryce", draft.Speaker);
        Assert.Equal("'Dr. Pryce' in the same sentence → Alan Pryce, named in full in the paragraph before", draft.Reason);
    }

    [Fact]
    public void An_unnamed_speaker_keeps_the_description_the_article_introduced_them_with()
    {
        const string article = """
            A senior city official, who asked not to be named because the talks are private, said the offer had been rejected.

            "We knew it would be ugly," the official said.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("senior city official", draft.Speaker);
        Assert.Equal(SpeakerKind.Role, draft.SpeakerKind);
        Assert.True(draft.NeedsCheck);
        Assert.Equal("the article names no one, only 'senior city official': check", draft.Reason);
    }

    [Theory]
    [InlineData("\"The fire service will not comment,\" said a spokesperson for the Riverton Fire Department.", "Riverton Fire Department")]
    [InlineData("A Kestrel Airlines spokeswoman said \"Flights resume on Monday.\"", "Kestrel Airlines")]
    [InlineData("Water for Easton (WfE) shut the pumps. An official from WfE stated: \"The supply is safe.\"", "Water for Easton")]
    public void An_unnamed_spokesperson_or_official_gives_the_organisation_they_speak_for(string article, string organisation)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(organisation, draft.Speaker);
        Assert.Equal(SpeakerKind.Organisation, draft.SpeakerKind);
    }

    [Fact]
    public void A_title_with_a_surname_joins_the_full_name_given_earlier()
    {
        const string article = """
            U.S. District Judge Nora Pike ruled on Friday that the levy was unlawful.

            Part of Judge Pike's ruling reads "The county cannot tax what it does not own."
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal("Nora Pike", draft.Speaker);
    }

    [Theory]
    [InlineData("Republican Dan Ruiz was elected in 2016. Republican Ruiz said \"We have the votes.\"", "Dan Ruiz")]
    [InlineData("Newly elected Assemblywoman Kay Lund said, \"It is a new day.\"", "Kay Lund")]
    [InlineData("One of the witnesses said the car was \"going far too fast\".", "One of the witnesses")]
    [InlineData("Additionally, businessman Leo Brandt said the firm should \"move on\".", "Leo Brandt")]
    [InlineData("\"We will rebuild,\" said Easton College's president, Omar Haddad.", "Omar Haddad")]
    [InlineData("The mayor of Easton, Lia Park, thanked the crews, adding, \"They saved the street.\"", "Lia Park")]
    [InlineData("The head of news for the Easton county radio station, who saw the fire, spoke to reporters, saying \"Everything burned.\"", "head of news for the Easton county radio station")]
    public void The_speaker_is_the_name_not_a_party_title_a_description_or_a_sentence_adverb(string article, string speaker)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(QuotationKind.Speech, draft.Kind);
        Assert.Equal(speaker, draft.Speaker);
    }

    [Fact]
    public void An_object_pronoun_in_a_subjects_own_clause_is_not_taken_as_that_subjects_gender()
    {
        const string article = """
            Harbour commissioner Lena Marsh announced the new ferry timetable on Tuesday. Port engineer David Okafor inspected the pier with her.

            "The pier will hold for another decade," he said.

            "We will add two sailings in summer," she said.
            """;

        var drafts = QuotationDrafter.Extract(article);

        Assert.Equal("David Okafor", Quote(drafts, "The pier will hold").Speaker);
        // "he" stood for Okafor, so "she" looks past him.
        Assert.Equal("Lena Marsh", Quote(drafts, "We will add").Speaker);
    }

    [Fact]
    public void A_pronoun_goes_to_a_person_the_text_shows_to_fit_before_a_nearer_one_it_shows_nothing_about_and_says_to_check()
    {
        const string article = """
            Author Tessa Lind published her memoir in May. Her editor, Paul Grieve, praised it.

            "It is the bravest book I have read this year," Grieve said. The first printing sold out in a week.

            She said she had "no regrets" about naming names.
            """;

        var pronoun = Quote(QuotationDrafter.Extract(article), "no regrets");

        Assert.Equal("Tessa Lind", pronoun.Speaker);
        Assert.True(pronoun.NeedsCheck);
        Assert.Equal("speaker inferred from 'she' → Tessa Lind, introduced two paragraphs earlier, whom the article shows to fit; Paul Grieve, named since, might fit too: check", pronoun.Reason);
    }

    [Fact]
    public void A_pronoun_opening_the_sentence_right_after_its_subjects_sentence_keeps_that_subject()
    {
        const string article = """
            Mr. Victor Hale, the former mayor, opened the fair in the morning.

            Trade minister Kay Moss called the closure of the mill "a scandal". He said "The valley deserves better than this."
            """;

        // Hale is shown to be "he" and Moss is not, but a pronoun that opens the next sentence
        // continues that sentence's subject.
        Assert.Equal("Kay Moss", Quote(QuotationDrafter.Extract(article), "The valley deserves").Speaker);
    }

    [Fact]
    public void An_object_pronoun_after_a_name_that_is_itself_an_object_can_still_mean_that_person()
    {
        const string article = """
            Police stopped cyclist Ruth Amos on Elm Road and questioned her for an hour.

            "I was only riding home," she said.
            """;

        Assert.Equal("Ruth Amos", Assert.Single(QuotationDrafter.Extract(article)).Speaker);
    }

    [Theory]
    [InlineData("Pope Gregory said prayers at the hospital on Sunday.\n\n\"The sick are our teachers,\" the Pope said.", "Pope Gregory")]
    [InlineData("Pope Gregory said prayers at the hospital. The letter signed by the Pope read \"The sick are our teachers.\"", "Pope Gregory")]
    [InlineData("King Osric of Norland opened the bridge. \"It joins two peoples,\" the King said.", "Osric")]
    [InlineData("Gov. Ada Reyes toured the flood zone on Monday.\n\n\"Nobody will be left behind,\" the Governor said.", "Ada Reyes")]
    [InlineData("Gov. Ada Reyes toured the flood zone on Monday.\n\n\"Nobody will be left behind,\" the governor said.", "Ada Reyes")]
    public void A_title_alone_stands_for_the_one_person_the_article_names_with_it(string article, string speaker)
    {
        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.Equal(speaker, draft.Speaker);
        Assert.Equal(SpeakerKind.Person, draft.SpeakerKind);
        Assert.StartsWith("speaker inferred from '", draft.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_alone_is_not_given_to_someone_the_article_names_with_another_title()
    {
        const string article = """
            Cardinal Ann Roe said prayers at the hospital on Sunday.

            "The sick are our teachers," the Pope said in a letter read at the service.
            """;

        var draft = Assert.Single(QuotationDrafter.Extract(article));

        Assert.NotEqual("Ann Roe", draft.Speaker);
        Assert.True(draft.NeedsCheck);
    }

    [Theory]
    [InlineData("Mara Quell of the University of Westmark, Easton disagreed with the survey: \"The sample was far too small.\"", "Mara Quell")]
    [InlineData("Tom Hale of Dunmore, Ohio said: \"The river rose in an hour.\"", "Tom Hale")]
    public void A_place_that_completes_a_speakers_affiliation_is_not_the_speaker(string article, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(QuotationDrafter.Extract(article)).Speaker);
    }
}
