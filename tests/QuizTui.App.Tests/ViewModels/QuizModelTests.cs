using QuizTui.App.Tests.Support;
using QuizTui.App.Tui;
using QuizTui.App.Tui.Views;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Presentation;

namespace QuizTui.App.Tests.ViewModels;

public class QuizModelTests
{
    private static (QuizModel Quiz, InMemoryScoreStore Store, FixedClock Clock) StartComprehension(int seed = 7)
    {
        var store = new InMemoryScoreStore();
        var clock = new FixedClock(FixedClock.TestDay);
        var context = Sample.Context(store: store, clock: clock, seed: seed);
        var e = context.Library.Events[0];
        return (QuizModel.Start(context, e, e.Quizzes[0]), store, clock);
    }

    /// <summary>Answers the question on screen correctly, by keys, whatever its type.</summary>
    internal static void AnswerRight(QuizModel quiz)
    {
        var shown = quiz.Shown!;
        switch (shown.Question)
        {
            case SingleChoiceQuestion q:
                quiz.Handle(Input.PickAt(shown.OptionOrder.ToList().IndexOf(q.CorrectIndex)));
                break;
            case MultipleAnswersQuestion q:
                for (int d = 0; d < shown.OptionOrder.Count; d++)
                {
                    if (q.Choices[shown.OptionOrder[d]].IsCorrect)
                        quiz.Handle(Input.PickAt(d));
                }
                quiz.Handle(UiCommand.Accept);
                break;
            case TrueFalseQuestion q:
                quiz.Handle(new Input(UiCommand.Pick, 't' - 'a', q.Answer ? 't' : 'f'));
                break;
            case ShortAnswerQuestion q:
                foreach (char c in q.Accepted[0].ToLowerInvariant())
                    quiz.Handle(Input.Typed(c));
                quiz.Handle(UiCommand.Accept);
                break;
            case NumericQuestion q:
                foreach (char c in q.Answer.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    quiz.Handle(Input.Typed(c));
                quiz.Handle(UiCommand.Accept);
                break;
            case OrderingQuestion:
                // Selection sort by keys: pick up the item that belongs at each place and carry it there.
                for (int place = 0; place < shown.OptionOrder.Count; place++)
                {
                    var body = quiz.Body().ToString();
                    int at = CurrentOrder(quiz).IndexOf(place);
                    quiz.Handle(Input.PickAt(at));
                    quiz.Handle(UiCommand.Toggle);
                    for (int i = at; i > place; i--)
                        quiz.Handle(UiCommand.Up);
                    quiz.Handle(UiCommand.Toggle);
                }
                quiz.Handle(UiCommand.Accept);
                break;
            case MatchingQuestion q:
                for (int left = 0; left < q.Pairs.Count; left++)
                {
                    int letter = shown.OptionOrder.ToList().IndexOf(left);
                    quiz.Handle(new Input(UiCommand.Pick, letter, (char)('a' + letter)));
                }
                quiz.Handle(UiCommand.Accept);
                break;
            case EvidenceQuestion q:
                quiz.Handle(Input.PickAt(shown.OptionOrder.ToList().IndexOf(q.CorrectIndex)));
                quiz.Handle(Input.PickAt(shown.EvidenceOrder.ToList().IndexOf(q.CorrectEvidenceIndex)));
                break;
            case WhoSaidWhatQuestion q:
                quiz.Handle(Input.PickAt(q.Speakers.ToList().FindIndex(p => p.Id == q.Quotation.SpeakerId)));
                break;
        }
    }

    private static List<int> CurrentOrder(QuizModel quiz)
    {
        var q = (OrderingQuestion)quiz.Shown!.Question;
        var lines = quiz.Body().Blocks.OfType<Para>().Where(p => p.Item is not null).Select(p => p.PlainText).ToList();
        return lines.Select(l => q.Items.ToList().FindIndex(item => l.Contains(item, StringComparison.Ordinal))).ToList();
    }

    [Fact]
    public void Every_question_type_can_be_answered_right_by_keys_and_the_results_show_full_marks()
    {
        var (quiz, store, clock) = StartComprehension();
        Outcome last = Outcome.Ignored;
        for (int i = 0; i < quiz.Count; i++)
        {
            Assert.Equal(i + 1, quiz.Number);
            clock.Advance(TimeSpan.FromSeconds(30));
            AnswerRight(quiz);
            Assert.True(quiz.ShowingFeedback, $"question {quiz.Shown!.Question.Id} was not answered");
            Assert.True(quiz.LastAnswer!.Grade.IsRight, $"{quiz.Shown!.Question.Id}: {quiz.Body()}");
            last = quiz.Handle(UiCommand.Accept);
        }
        var results = Assert.IsType<ResultsModel>(Assert.IsType<ReplaceOutcome>(last).Screen);
        Assert.Equal(quiz.Count, results.Result.Score);
        Assert.Equal("4 minutes", results.Duration);
        Assert.Contains("Score: 8 of 8 (100%)", results.Body().ToString());
        Assert.Equal(8, store.AnswerLog("tester").Count);
        Assert.NotNull(store.Attempts("tester").Single().FinishedAt);
    }

    [Fact]
    public void Each_answer_is_stored_the_moment_it_is_given()
    {
        var (quiz, store, _) = StartComprehension();
        quiz.Handle(UiCommand.Skip);
        Assert.Single(store.AnswerLog("tester"));
        Assert.Equal(Verdict.Skipped, store.AnswerLog("tester")[0].Verdict);
        Assert.Null(store.Attempts("tester").Single().FinishedAt);
    }

    [Fact]
    public void A_wrong_answer_shows_the_right_one_the_explanation_and_the_article()
    {
        var context = Sample.Context();
        var e = context.Library.Events[0];
        var quiz = QuizModel.Start(context, e, new ComprehensionQuiz("one", "One", null, SourceLocation.None, "paper-a", [e.Quizzes.OfType<ComprehensionQuiz>().First().Questions[0]]));
        var q = (SingleChoiceQuestion)quiz.Shown!.Question;
        int wrong = quiz.Shown.OptionOrder.ToList().FindIndex(i => i == 1);
        quiz.Handle(Input.PickAt(wrong));
        string body = quiz.Body().ToString();
        Assert.Contains("✗ Not quite", body);
        Assert.Contains("Your answer: The board", body);
        Assert.Contains("The answer: The chief executive", body);
        Assert.Contains("No board is named.", body);
        Assert.Contains(q.Explanation!, body);
        Assert.Contains("Source: The Daily Paper, 24 Sep 2020: Acme drops the contract", body);
        Assert.Contains("Press Enter to see your results.", body);
    }

    [Fact]
    public void Quitting_mid_quiz_asks_first_and_no_keeps_the_quiz_going()
    {
        var (quiz, _, _) = StartComprehension();
        var nav = new Navigator(quiz, AppKeys.Default);
        nav.Handle(UiCommand.Quit);
        Assert.True(quiz.IsConfirmingQuit);
        Assert.False(nav.QuitRequested);
        Assert.Contains("Quit QuizTui? Your answers so far are kept.", quiz.Body().ToString());
        nav.Handle(UiCommand.No);
        Assert.False(quiz.IsConfirmingQuit);
        nav.Handle(UiCommand.Quit);
        nav.Handle(UiCommand.Yes);
        Assert.True(nav.QuitRequested);
    }

    [Fact]
    public void Esc_asks_about_leaving_the_quiz_and_q_about_quitting_the_app()
    {
        var (quiz, _, _) = StartComprehension();
        quiz.Handle(UiCommand.Back);
        string leaving = quiz.Body().ToString();
        Assert.Contains("Quit this quiz? Your answers so far are kept.", leaving);
        Assert.DoesNotContain("Quit QuizTui?", leaving);
        quiz.Handle(UiCommand.No);
        quiz.Handle(UiCommand.Quit);
        string quitting = quiz.Body().ToString();
        Assert.Contains("Quit QuizTui? Your answers so far are kept.", quitting);
        Assert.DoesNotContain("Quit this quiz?", quitting);
    }

    [Fact]
    public void Feedback_says_how_to_go_on_on_the_verdict_line_and_marks_where_it_must_show()
    {
        var (quiz, _, _) = StartComprehension();
        quiz.Handle(UiCommand.Skip);
        var body = quiz.Body();
        Assert.Contains("→ Skipped   Press Enter to go on.", body.ToString().Split('\n'));
        // The view scrolls no further than the end of the explanation: the question stays in sight when that fits.
        Assert.NotNull(body.Anchor);
        Assert.NotNull(body.AnchorEnd);
        Assert.True(body.AnchorEnd > body.Anchor);
        Assert.Contains(quiz.Shown!.Question.Explanation!.Trim(), ((Para)body.Blocks[body.AnchorEnd!.Value - 1]).PlainText);
    }

    [Fact]
    public void The_status_bar_says_Enter_goes_to_the_results_after_the_last_answer()
    {
        var (quiz, _, _) = StartComprehension();
        while (quiz.Number < quiz.Count)
        {
            quiz.Handle(UiCommand.Skip);
            Assert.Contains(quiz.Keys, k => k.Command == UiCommand.Accept && k.What == "next");
            Assert.Contains("Press Enter to go on.", quiz.Body().ToString());
            quiz.Handle(UiCommand.Accept);
        }
        quiz.Handle(UiCommand.Skip);
        Assert.Contains("Press Enter to see your results.", quiz.Body().ToString());
        var enter = Assert.Single(quiz.Keys, k => k.Command == UiCommand.Accept);
        Assert.Equal("results", enter.What);
    }

    [Fact]
    public void Feedback_does_not_write_out_again_matches_or_an_order_the_graded_question_shows()
    {
        var (quiz, _, _) = StartComprehension();
        bool sawMatching = false, sawOrdering = false;
        while (!quiz.Session.IsFinished)
        {
            var q = quiz.Shown!.Question;
            if (q is MatchingQuestion m)
            {
                // Enter with nothing matched: every row wrong, each shown with its right match.
                quiz.Handle(UiCommand.Accept);
                string body = quiz.Body().ToString();
                Assert.Contains("✗ Not quite", body);
                Assert.DoesNotContain("Your answer:", body);
                Assert.DoesNotContain("The answer:", body);
                Assert.All(m.Pairs, pair => Assert.Contains($"({pair.Right})", body));
                sawMatching = true;
            }
            else if (q is OrderingQuestion && !IsInOrder(quiz))
            {
                quiz.Handle(UiCommand.Accept);
                string body = quiz.Body().ToString();
                Assert.DoesNotContain("Your answer:", body);
                Assert.Contains("The answer: " + q.DescribeCorrectAnswer(), body);
                sawOrdering = true;
            }
            else
            {
                quiz.Handle(UiCommand.Skip);
            }
            quiz.Handle(UiCommand.Accept);
        }
        Assert.True(sawMatching && sawOrdering);
    }

    [Fact]
    public void Feedback_on_a_two_part_question_marks_both_parts_without_writing_the_answer_out_again()
    {
        var (quiz, _, _) = StartComprehension();
        while (quiz.Shown!.Question is not EvidenceQuestion)
        {
            quiz.Handle(UiCommand.Skip);
            quiz.Handle(UiCommand.Accept);
        }
        var q = (EvidenceQuestion)quiz.Shown.Question;
        var shown = quiz.Shown;
        // The right answer with the wrong evidence: partly right.
        quiz.Handle(Input.PickAt(shown.OptionOrder.ToList().FindIndex(i => q.Choices[i].IsCorrect)));
        quiz.Handle(Input.PickAt(shown.EvidenceOrder.ToList().FindIndex(i => !q.Evidence[i].IsCorrect)));
        string body = quiz.Body().ToString();
        Assert.True(quiz.ShowingFeedback);
        Assert.DoesNotContain("Your answer:", body);
        Assert.Contains("The answer: " + q.DescribeCorrectAnswer(), body);
        Assert.Equal(2, body.Split('\n').Count(l => l.Contains('✓')));
        Assert.Single(body.Split('\n'), l => l.Contains('✗'));
    }

    [Fact]
    public void Where_letters_answer_a_choice_the_status_bar_and_help_say_so()
    {
        var (quiz, _, _) = StartComprehension();
        var seen = new HashSet<Type>();
        while (!quiz.Session.IsFinished)
        {
            var question = quiz.Shown!.Question;
            int options = quiz.Shown.OptionOrder.Count;
            string letters = "a-" + (char)('a' + options - 1);
            string status = string.Join("  ", StatusLine.Fit(quiz.Keys, 80, AppKeys.Default).Select(k => $"{StatusLine.KeysOf(k, AppKeys.Default)} {k.What}"));
            string help = new HelpModel(quiz, AppKeys.Default).Body().ToString();
            switch (question)
            {
                case SingleChoiceQuestion or EvidenceQuestion:
                    Assert.StartsWith($"1-{options}/{letters} answer  ", status);
                    Assert.Contains($"1-{options} or {letters}", help);
                    break;
                case MultipleAnswersQuestion:
                    Assert.StartsWith($"1-{options}/{letters}/Space tick  ", status);
                    Assert.Contains($"1-{options}, {letters} or Space", help);
                    break;
                case TrueFalseQuestion:
                    Assert.StartsWith("t/f answer  ", status);
                    break;
                default:
                    Assert.DoesNotContain("/a-", status);
                    break;
            }
            Assert.EndsWith("Esc quit quiz  F1 help", status);
            seen.Add(question.GetType());
            if (question is SingleChoiceQuestion)
            {
                // The letter answers as its number would.
                quiz.Handle(new Input(UiCommand.Pick, 1, 'b'));
                Assert.True(quiz.ShowingFeedback);
                Assert.Equal([quiz.Shown.OptionOrder[1]], Assert.IsType<ChoiceAnswer>(quiz.LastAnswer!.Answer).Indices);
            }
            else
            {
                quiz.Handle(UiCommand.Skip);
            }
            quiz.Handle(UiCommand.Accept);
        }
        Assert.Contains(typeof(SingleChoiceQuestion), seen);
        Assert.Contains(typeof(MultipleAnswersQuestion), seen);
        Assert.Contains(typeof(EvidenceQuestion), seen);
    }

    [Fact]
    public void Who_said_what_takes_letters_too()
    {
        var context = Sample.Context();
        var e = context.Library.Events[0];
        var quiz = QuizModel.Start(context, e, e.Quizzes[1]);
        var q = (WhoSaidWhatQuestion)quiz.Shown!.Question;
        string letters = "a-" + (char)('a' + q.Speakers.Count - 1);
        Assert.Contains(quiz.Keys, k => k.KeysOverride == $"1-{q.Speakers.Count}/{letters}");
        quiz.Handle(new Input(UiCommand.Pick, 0, 'a'));
        Assert.Equal(new SpeakerAnswer(q.Speakers[0].Id), quiz.LastAnswer!.Answer);
    }

    [Fact]
    public void Left_goes_back_from_Part_B_to_Part_A_until_Part_B_is_answered()
    {
        var (quiz, store, _) = StartComprehension();
        while (quiz.Shown!.Question is not EvidenceQuestion)
        {
            quiz.Handle(UiCommand.Skip);
            quiz.Handle(UiCommand.Accept);
        }
        var q = (EvidenceQuestion)quiz.Shown.Question;
        var shown = quiz.Shown;
        int answered = store.AnswerLog("tester").Count;
        Assert.DoesNotContain(quiz.Keys, k => k.Command == UiCommand.Left);

        int wrongA = shown.OptionOrder.ToList().FindIndex(i => !q.Choices[i].IsCorrect);
        quiz.Handle(Input.PickAt(wrongA));
        Assert.Contains("Part B: " + q.EvidencePrompt, quiz.Body().ToString());
        Assert.Contains(quiz.Keys, k => k is { Command: UiCommand.Left, KeysOverride: "←", What: "Part A" });
        Assert.Equal(UiCommand.Left, KeyMap.Translate(Terminal.Gui.Input.Key.CursorLeft, quiz.Mode)!.Value.Command);

        Assert.Equal(Outcome.Changed, quiz.Handle(UiCommand.Left));
        Assert.False(quiz.ShowingFeedback);
        Assert.DoesNotContain("Part B", quiz.Body().ToString());
        Assert.Equal(wrongA, quiz.Selected);
        Assert.DoesNotContain(quiz.Keys, k => k.Command == UiCommand.Left);
        Assert.Equal(answered, store.AnswerLog("tester").Count);

        AnswerRight(quiz);
        Assert.True(quiz.LastAnswer!.Grade.IsRight);
        // Once answered, Left no longer changes it.
        quiz.Handle(UiCommand.Left);
        Assert.True(quiz.ShowingFeedback);
    }

    private static bool IsInOrder(QuizModel quiz)
    {
        var order = CurrentOrder(quiz);
        return order.SequenceEqual(Enumerable.Range(0, order.Count));
    }

    [Fact]
    public void A_number_typed_with_its_unit_is_graded_and_words_say_what_is_wrong()
    {
        var (quiz, _, _) = StartComprehension();
        while (quiz.Shown!.Question is not NumericQuestion)
        {
            quiz.Handle(UiCommand.Skip);
            quiz.Handle(UiCommand.Accept);
        }
        foreach (char c in "lots")
            quiz.Handle(Input.Typed(c));
        quiz.Handle(UiCommand.Accept);
        Assert.False(quiz.ShowingFeedback);
        Assert.Contains("“lots” is not a number. Type the number in digits, like 24, and press Enter.", quiz.Body().ToString());
        for (int i = 0; i < 4; i++)
            quiz.Handle(UiCommand.Erase);
        foreach (char c in "100 people")
            quiz.Handle(Input.Typed(c));
        quiz.Handle(UiCommand.Accept);
        Assert.True(quiz.ShowingFeedback);
        Assert.True(quiz.LastAnswer!.Grade.IsRight);
    }

    [Fact]
    public void Results_say_a_skipped_question_had_no_answer()
    {
        var (quiz, _, _) = StartComprehension();
        Outcome last = Outcome.Ignored;
        for (int i = 0; i < quiz.Count; i++)
        {
            quiz.Handle(UiCommand.Skip);
            last = quiz.Handle(UiCommand.Accept);
        }
        var results = Assert.IsType<ResultsModel>(Assert.IsType<ReplaceOutcome>(last).Screen);
        string body = results.Body().ToString();
        Assert.Contains("Your answer: none (skipped)", body);
        Assert.DoesNotContain("Your answer: →", body);
    }

    [Fact]
    public void Esc_in_a_quiz_asks_and_then_goes_back_to_the_event()
    {
        var context = Sample.Context();
        var nav = new Navigator(new HomeModel(context), AppKeys.Default);
        nav.Handle(UiCommand.Accept);
        nav.Handle(Input.PickAt(0));
        Assert.IsType<QuizModel>(nav.Current);
        nav.Handle(UiCommand.Back);
        Assert.IsType<QuizModel>(nav.Current);
        nav.Handle(UiCommand.Yes);
        Assert.IsType<EventModel>(nav.Current);
    }

    [Fact]
    public void The_same_seed_gives_the_same_questions_and_choices()
    {
        var a = StartComprehension(seed: 42).Quiz.Session.Questions.Select(q => (q.Question.Id, string.Join(",", q.OptionOrder)));
        var b = StartComprehension(seed: 42).Quiz.Session.Questions.Select(q => (q.Question.Id, string.Join(",", q.OptionOrder)));
        Assert.Equal(a, b);
    }

    [Fact]
    public void Who_said_what_shows_the_quotation_and_speakers_with_roles_and_results_name_the_confusions()
    {
        var context = Sample.Context();
        var e = context.Library.Events[0];
        var quiz = QuizModel.Start(context, e, e.Quizzes[1]);
        string body = quiz.Body().ToString();
        Assert.Contains("Who said this?", body);
        var q = (WhoSaidWhatQuestion)quiz.Shown!.Question;
        Assert.Contains("“" + q.Quotation.Text + "”", body);
        foreach (var p in q.Speakers)
            Assert.Contains($"{p.Name} — {p.Description}", body);

        Outcome last = Outcome.Ignored;
        while (!quiz.Session.IsFinished)
        {
            var w = (WhoSaidWhatQuestion)quiz.Shown!.Question;
            quiz.Handle(Input.PickAt(w.Speakers.ToList().FindIndex(p => p.Id != w.Quotation.SpeakerId)));
            last = quiz.Handle(UiCommand.Accept);
        }
        var results = Assert.IsType<ResultsModel>(Assert.IsType<ReplaceOutcome>(last).Screen);
        string text = results.Body().ToString();
        Assert.Contains("Speakers you confused", text);
        Assert.Contains("Ana Pérez's words, given to ", text);
    }

    /// <summary>A comprehension quiz skipped forward to its first question answered by typing.</summary>
    private static QuizModel StartAtTypedAnswer()
    {
        var (quiz, _, _) = StartComprehension();
        while (quiz.Shown!.Question is not ShortAnswerQuestion)
        {
            quiz.Handle(UiCommand.Skip);
            quiz.Handle(UiCommand.Accept);
        }
        Assert.Equal(InputMode.Text, quiz.Mode);
        return quiz;
    }

    [Fact]
    public void Typed_answers_take_letters_that_are_keys_elsewhere()
    {
        var quiz = StartAtTypedAnswer();
        foreach (char c in "acmeq")
            quiz.Handle(Input.Typed(c));
        quiz.Handle(UiCommand.Erase);
        Assert.Contains("> acme", quiz.Body().ToString());
        quiz.Handle(UiCommand.Accept);
        Assert.True(quiz.LastAnswer!.Grade.IsRight);
    }

    [Fact]
    public void Help_opened_while_typing_an_answer_lists_no_letter_keys()
    {
        var quiz = StartAtTypedAnswer();
        var help = new HelpModel(quiz, AppKeys.Default);
        var keys = help.Body().Blocks.OfType<Para>()
            .Where(p => p.Spans.Count == 2 && p.Spans[0].Tone == Tone.Key).Select(p => p.Spans[0].Text.Trim()).ToList();
        Assert.Contains("F1", keys);
        Assert.Contains("Ctrl+Q", keys);
        Assert.Contains("Ctrl+S", keys);
        Assert.DoesNotContain(keys, k => k.Contains("or ?", StringComparison.Ordinal) || k.StartsWith("q ", StringComparison.Ordinal) || k == "s");
    }

    [Fact]
    public void The_progress_bar_follows_the_answers()
    {
        var (quiz, _, _) = StartComprehension();
        Assert.Equal("Question 1 of 8 · 1st attempt", quiz.ProgressText);
        Assert.Equal(0, quiz.Fraction);
        quiz.Handle(UiCommand.Skip);
        Assert.Equal(1 / 8.0, quiz.Fraction);
        quiz.Handle(UiCommand.Accept);
        Assert.Equal("Question 2 of 8 · 1st attempt", quiz.ProgressText);
    }
}
