using QuizTui.Core.Model;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;

namespace QuizTui.Core.Tests.Questions;

/// <summary>
/// The answer states, driven directly as a screen drives them: every type's state reaches the
/// right answer, and each kind of state keeps to its rules.
/// </summary>
public sealed class AnswerStateTests(DocsExamplePack pack) : IClassFixture<DocsExamplePack>
{
    public static TheoryData<string> TypeKeys() => DocsExamplePack.TypeKeys();

    [Theory]
    [MemberData(nameof(TypeKeys))]
    public void Every_type_s_answer_state_gives_an_answer_the_question_grades(string key)
    {
        var type = QuestionTypes.Find(key)!;
        foreach (var shown in pack.Shown(type))
        {
            var state = type.NewAnswerState(shown);
            Assert.Same(shown, state.Shown);

            var answer = Answer(state);

            Assert.NotNull(answer);
            var grade = shown.Question.Grade(answer);
            // Picking the options marked right must be right; what is right to type is each typed
            // type's own business, tried below for each of them.
            if (state is TypedAnswerState)
                Assert.NotEqual(Verdict.Skipped, grade.Verdict);
            else
                Assert.Equal(Verdict.Right, grade.Verdict);
        }
    }

    /// <summary>An answer given through the state's own calls, as keys would: the options marked right, or "1" typed.</summary>
    private static Answer Answer(AnswerState state)
    {
        switch (state)
        {
            case ChoiceListState s:
                return s.Choose(s.Options.ToList().FindIndex(o => o.IsCorrect))!;
            case MultipleAnswersState s:
                for (int i = 0; i < s.Options.Count; i++)
                {
                    if (s.Options[i].IsCorrect)
                        Assert.True(s.Toggle(i));
                }
                return s.Submit()!;
            case TypedAnswerState s:
                Assert.True(s.Type('1'));
                return s.Submit()!;
            case OrderingState s:
                for (int place = 0; place < s.Order.Count; place++)
                {
                    Assert.True(s.PlaceAt(s.Order.ToList().IndexOf(place)));
                    s.ToggleHold();
                    Assert.True(s.PlaceAt(place));
                }
                return s.Submit();
            case MatchingState s:
                for (int left = 0; left < s.Lefts.Count; left++)
                {
                    Assert.True(s.Select(left));
                    Assert.True(s.Assign(s.PlaceOf(left)));
                }
                return s.Submit();
            case EvidenceState s:
                Assert.Null(s.Choose(s.PartA.ToList().FindIndex(o => o.IsCorrect)));
                Assert.True(s.InPartB);
                return s.Choose(s.PartB.ToList().FindIndex(o => o.IsCorrect))!;
            default:
                throw new InvalidOperationException($"No driver for {state.GetType().Name}: teach {nameof(Answer)} how a learner answers with it.");
        }
    }

    private static PresentedQuestion Shown(Question question, IReadOnlyList<int> options, IReadOnlyList<int>? evidence = null) =>
        new(question, options, evidence ?? []);

    private static readonly SourceLocation NoLocation = SourceLocation.None;

    [Theory]
    [InlineData("100", "people", 100)]
    [InlineData("1,500", "people", 1500)]
    [InlineData("100 people", "people", 100)]
    [InlineData("24 Hours", "hours", 24)]
    [InlineData("1 hour", "hours", 1)]
    [InlineData("12.5", null, 12.5)]
    public void A_typed_number_may_carry_the_question_s_unit(string typed, string? unit, double expected) =>
        Assert.Equal((decimal)expected, NumericType.ReadTyped(typed, unit));

    [Theory]
    [InlineData("about a hundred", "people")]
    [InlineData("100 dollars", "people")]
    [InlineData("", null)]
    public void What_is_not_a_number_is_refused(string typed, string? unit) =>
        Assert.Null(NumericType.ReadTyped(typed, unit));

    [Theory]
    [InlineData("Harbour St")]
    [InlineData("  harbor street ")]
    public void Any_accepted_answer_typed_is_right(string typed)
    {
        var question = new ShortAnswerQuestion("s", "Which street?", null, Skill.Detail, [], NoLocation, ["Harbour Street", "Harbor Street", "Harbour St"]);
        var state = (TypedAnswerState)question.Type.NewAnswerState(Shown(question, []));
        foreach (char c in typed)
            state.Type(c);

        Assert.Equal(Verdict.Right, question.Grade(state.Submit()!).Verdict);
    }

    [Fact]
    public void A_number_typed_with_its_unit_and_within_the_tolerance_is_right()
    {
        var question = new NumericQuestion("n", "How much?", null, Skill.Detail, [], NoLocation, 1.15m, 0.05m, "million dollars");
        var state = (TypedAnswerState)question.Type.NewAnswerState(Shown(question, []));
        foreach (char c in "1.2 million dollars")
            state.Type(c);

        Assert.True(state.ExpectsNumber);
        Assert.Equal(Verdict.Right, question.Grade(state.Submit()!).Verdict);
    }

    [Fact]
    public void A_typed_answer_that_is_not_a_number_gives_no_answer_and_keeps_the_text()
    {
        var question = new NumericQuestion("n", "How many?", null, Skill.Detail, [], NoLocation, 40, 0, "spaces");
        var state = (TypedAnswerState)question.Type.NewAnswerState(Shown(question, []));
        foreach (char c in "forty")
            state.Type(c);

        Assert.Null(state.Submit());
        Assert.Equal("forty", state.Text);
        Assert.False(state.Type('\u0007'));
        Assert.True(state.Erase());
        Assert.Equal("fort", state.Text);
    }

    [Fact]
    public void Nothing_ticked_gives_no_answer_and_ticks_are_answered_in_content_order()
    {
        var question = new MultipleAnswersQuestion("m", "Which?", null, Skill.Detail, [], NoLocation,
            [new Choice("a", true, null), new Choice("b", false, null), new Choice("c", true, null)]);
        var state = (MultipleAnswersState)question.Type.NewAnswerState(Shown(question, [2, 0, 1]));

        Assert.Null(state.Submit());
        state.Toggle(0);
        state.Toggle(1);

        Assert.Equal(new ChoiceAnswer([0, 2]), state.Submit());
        Assert.False(state.Toggle(3));
    }

    [Fact]
    public void A_held_item_moves_with_the_cursor_and_is_dropped_on_submit()
    {
        var question = new OrderingQuestion("o", "Order?", null, Skill.Detail, [], NoLocation, ["first", "second", "third"]);
        var state = (OrderingState)question.Type.NewAnswerState(Shown(question, [2, 0, 1]));

        state.ToggleHold();
        Assert.True(state.Down());
        Assert.True(state.Down());
        Assert.False(state.Down());

        Assert.Equal([0, 1, 2], state.Order);
        Assert.Equal(new OrderAnswer([0, 1, 2]), state.Submit());
        Assert.False(state.Holding);
    }

    [Fact]
    public void Part_A_can_be_changed_until_part_B_is_answered()
    {
        var question = new EvidenceQuestion("e", "Which?", null, Skill.Detail, [], NoLocation,
            [new Choice("yes", true, null), new Choice("no", false, null)], EvidenceQuestion.DefaultEvidencePrompt,
            [new EvidenceChoice(EvidenceKind.Quotation, "q", "Words.", true), new EvidenceChoice(EvidenceKind.KeyPoint, "k", "A point.", false)]);
        var state = (EvidenceState)question.Type.NewAnswerState(Shown(question, [1, 0], [1, 0]));

        Assert.False(state.BackToPartA());
        Assert.Null(state.Choose(1));
        Assert.Equal("yes", state.ChosenText);
        Assert.Equal("\u201CWords.\u201D", state.PartB[1].Text);
        Assert.True(state.BackToPartA());
        Assert.Equal(1, state.Cursor);
        Assert.Null(state.Choose());

        Assert.Equal(new EvidenceAnswer(0, 0), state.Choose(1));
    }

    [Fact]
    public void A_letter_matches_the_item_on_the_cursor_and_moves_on()
    {
        var question = new MatchingQuestion("m", "Match.", null, Skill.Detail, [], NoLocation,
            [new MatchPair("a", "1"), new MatchPair("b", "2"), new MatchPair("c", "3")]);
        var state = (MatchingState)question.Type.NewAnswerState(Shown(question, [1, 2, 0]));

        Assert.True(state.Assign(2));
        Assert.Equal(0, state.ChosenFor(0));
        Assert.Equal(1, state.Cursor);
        state.Cycle(forward: true);
        Assert.Equal(1, state.ChosenFor(1));
        Assert.False(state.Assign(3));

        Assert.Equal(new MatchAnswer([0, 1, -1]), state.Submit());
    }
}
