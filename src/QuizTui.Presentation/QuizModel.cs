using System.Globalization;
using QuizTui.Core.Model;
using QuizTui.Core.Progress;
using QuizTui.Core.Questions;
using QuizTui.Core.Quizzes;
using Wording = QuizTui.Core.Progress.ProgressText;

namespace QuizTui.Presentation;

/// <summary>
/// The quiz runner: one question at a time, for every question type; feedback after each answer;
/// skip; quitting asks first. Every answer goes to the score store the moment it is given.
/// </summary>
public sealed class QuizModel : ScreenModel
{
    private readonly StudyContext _context;
    private readonly AttemptRecord _attempt;
    private DateTimeOffset _shownAt;
    private AnswerState? _state;
    private AnswerView _view;
    private GivenAnswer? _feedback;
    private Outcome? _confirming;
    private string? _notice;
    private QuizResult? _result;

    private QuizModel(StudyContext context, QuizSession session, AttemptRecord attempt)
    {
        _context = context;
        Session = session;
        _attempt = attempt;
        _shownAt = context.Now;
        _view = NewView();
    }

    /// <summary>The answer state of the current question, with any work kept from an earlier visit put back, and its view.</summary>
    private AnswerView NewView()
    {
        var current = Session.Current;
        _state = current?.Question.Type.NewAnswerState(current);
        if (_state is null)
            return AnswerView.For((PresentedQuestion?)null, _context.Keys);
        if (Session.UnfinishedFor(current!) is { } kept)
            _state.Resume(kept);
        return AnswerView.For(_state, _context.Keys);
    }

    /// <summary>Starts a run of a quiz (seeded by <c>--seed</c> when given) and opens its attempt in the store.</summary>
    public static QuizModel Start(StudyContext context, NewsEvent newsEvent, Quiz quiz) =>
        Run(context, QuizSessionBuilder.Start(newsEvent, quiz, context.NextSeed(), context.Now));

    /// <summary>Runs a session built elsewhere (a review or cram run) and opens its attempt in the store.</summary>
    public static QuizModel Run(StudyContext context, QuizSession session) =>
        new(context, session, Runs.Start(context.Store, context.Profile, session));

    /// <summary>
    /// Rebuilds an unfinished run from its seed and stored answers and goes on at the first question
    /// not answered. Null when its quiz is gone from the content.
    /// </summary>
    public static QuizModel? Resume(StudyContext context, NewsEvent newsEvent, AttemptRecord attempt)
    {
        var session = Runs.Resume(newsEvent, attempt, context.Store.AnswersOf(attempt.Id));
        return session is null ? null : new QuizModel(context, session, attempt);
    }

    /// <summary>The run in the store.</summary>
    public AttemptRecord Attempt => _attempt;

    /// <summary>Which attempt at this quiz the run is (1 for the first); 0 for review and cram runs.</summary>
    public int AttemptNumber => _attemptNumber ??= _attempt.Kind != AttemptKind.Quiz ? 0
        : _context.Store.Attempts(_context.Profile, Event.Id).Count(a => a.QuizId == Quiz.Id && a.Kind == AttemptKind.Quiz && a.Id <= _attempt.Id);

    private int? _attemptNumber;

    public QuizSession Session { get; }
    public NewsEvent Event => Session.Event;
    public Quiz Quiz => Session.Quiz;

    /// <summary>The question on screen (the one just answered while feedback shows).</summary>
    public PresentedQuestion? Shown => _feedback?.Presented ?? Session.Current;

    /// <summary>1-based number of the question on screen.</summary>
    public int Number => Shown is null ? Session.Questions.Count : Session.Questions.ToList().IndexOf(Shown) + 1;
    public int Count => Session.Questions.Count;
    public double Fraction => Count == 0 ? 1 : (double)Session.AnsweredCount / Count;
    public string ProgressText => AttemptNumber > 0
        ? Strings.QuestionOf(Math.Max(1, Number), Count) + " · " + Wording.AttemptOrdinal(AttemptNumber)
        : Strings.QuestionOf(Math.Max(1, Number), Count);
    public bool ShowingFeedback => _feedback is not null;
    public bool IsConfirmingQuit => _confirming is not null;
    public GivenAnswer? LastAnswer => _feedback;

    public override string? Learner => _context.Profile;

    public override string Title => Strings.AppName + Strings.Separator + Event.Title + Strings.Separator + Quiz.Title;

    public override bool ConfirmsQuit => !Session.IsFinished || _feedback is not null;

    public override InputMode Mode => _confirming is not null || _feedback is not null ? InputMode.Commands : _view.Mode;

    public override int? Selected => _confirming is null && _feedback is null ? _view.Cursor : null;

    /// <summary>The key bindings, for the screen's multi-line editor to leave the app's keys to the screen.</summary>
    public AppKeys Bindings => _context.Keys;

    /// <summary>The text in the screen's multi-line editor while a written answer is being typed; null when no editor shows.</summary>
    public WrittenState? Editing => Mode == InputMode.Editor ? _view.Editing : null;

    /// <summary>What leaving the question now would keep: typed text, stored as an answer that grades as skipped.</summary>
    private Answer? Unfinished => _feedback is null ? _state?.Unfinished : null;

    public override IReadOnlyList<KeyHelp> Keys
    {
        get
        {
            if (_confirming is not null)
                return [new(UiCommand.Yes, Strings.KeyYes), new(UiCommand.No, Strings.KeyNo)];
            KeyHelp[] article = CanOpenArticle ? [new(UiCommand.OpenArticle, Strings.KeyArticle)] : [];
            if (_feedback is not null)
                return [new(UiCommand.Accept, Session.IsFinished ? Strings.KeyResults : Strings.KeyNext), .. article, new(UiCommand.Back, Strings.KeyQuitQuiz), new(UiCommand.Help, Strings.KeyHelp)];
            return _view.Keys(article);
        }
    }

    /// <summary>The articles the question on screen is about, as the content lists them.</summary>
    public IReadOnlyList<Article> ShownArticles =>
        Shown is { } shown ? shown.Question.ArticleIds.Select(Event.FindArticle).OfType<Article>().Distinct().ToList() : [];

    /// <summary>
    /// True when the question's article can be opened now: it has one, and the answer is not on it.
    /// A question on a quotation's speaker waits until it is answered, since the article names every
    /// quotation's speaker.
    /// </summary>
    public bool CanOpenArticle =>
        _confirming is null && ShownArticles.Count > 0 && (_feedback is not null || Shown?.Question.ShownQuotation is null);

    /// <summary>
    /// Opens the article the question is about, over the quiz. The quiz stays as it is underneath:
    /// Esc comes back to the same question with the answer as the learner left it, and the run's
    /// score and the question's clock are untouched (time reading counts as time on the question).
    /// </summary>
    private Outcome OpenArticle() =>
        Outcome.Open(ArticleModel.ForQuestion(_context, Event, ShownArticles, Number, Count));

    public override Document Body()
    {
        var doc = new Document();
        var shown = Shown;
        if (shown is null)
            return doc.Text(Strings.EmptyQuiz);
        if (_confirming is not null)
        {
            doc.AnchorHere().Line(new Span(Strings.ConfirmQuit(_confirming is QuitOutcome, _context.Keys), Tone.Warning));
            if (Unfinished is not null)
                doc.Text(Strings.TypedTextKept, Tone.Warning);
            doc.Gap();
        }
        if (_feedback is null)
            NotSavedYet(doc);
        var q = shown.Question;
        if (q.ShownQuotation is { } quotation)
        {
            // Once answered, a long quotation may be cut to its first lines when the feedback would
            // otherwise push its start out of sight: the learner has just read it.
            doc.Add(new Para([new Span("“" + quotation.Text + "”", Tone.Quote)], Indent: 4, Hanging: 1, TightMaxLines: _feedback is null ? null : 2));
            var article = Event.FindArticle(quotation.ArticleId);
            if (article is not null)
                doc.Add(new Para([new Span(Strings.PrintedBy(article.Outlet, article.Published), Tone.Dim)], Indent: 6));
            doc.Gap();
            doc.Text(Strings.WhoSaidThis, Tone.Heading);
        }
        else
        {
            doc.Add(new Para([new Span(q.Prompt, Tone.Heading)]));
        }
        doc.Gap();
        if (_feedback is null)
        {
            _view.Render(doc);
            if (_notice is not null)
                doc.Gap().Text(_notice, Tone.Warning);
        }
        else
        {
            _view.RenderGraded(doc, _feedback.Answer);
            RenderFeedback(doc, _feedback);
        }
        return doc;
    }

    private void RenderFeedback(Document doc, GivenAnswer given)
    {
        doc.Gap();
        if (_confirming is null)
            doc.AnchorHere();
        // Beside the verdict, so it is in sight however far the feedback scrolls.
        NotSavedYet(doc);
        var (verdict, tone) = given.Grade.Verdict switch
        {
            Verdict.Right => (Strings.Right, Tone.Good),
            Verdict.Partial => (Strings.Partly, Tone.Warning),
            Verdict.Skipped => (Strings.Skipped, Tone.Dim),
            _ => (Strings.Wrong, Tone.Bad),
        };
        // How to go on sits beside the verdict, where the eye already is, rather than below the fold.
        doc.Line(new Span(verdict, tone), new Span("   " + (Session.IsFinished ? Strings.PressEnterResults(_context.Keys) : Strings.PressEnter(_context.Keys)), Tone.Dim));
        var q = given.Presented.Question;
        if (!given.Grade.IsRight)
        {
            // Ticks, an order or matches written out again would take several lines and push the
            // question off the screen; the graded question above already shows them.
            if (given.Answer is not SkippedAnswer && !_view.GradedShowsAnswer)
                doc.Add(new Para([new Span(Strings.YourAnswer, Tone.Dim), new Span(q.DescribeAnswer(given.Answer))], Hanging: Strings.YourAnswer.Length));
            if (!_view.GradedShowsRightAnswer || given.Answer is SkippedAnswer)
                doc.Add(new Para([new Span(Strings.TheAnswer, Tone.Dim), new Span(q.DescribeCorrectAnswer(), Tone.Good)], Hanging: Strings.TheAnswer.Length));
        }
        string? choiceFeedback = q.FeedbackFor(given.Answer);
        if (choiceFeedback is not null)
            doc.Text(choiceFeedback, Tone.Normal);
        if (!string.IsNullOrWhiteSpace(q.Explanation))
            doc.Gap().Text(q.Explanation.Trim());
        // The verdict, the right answer and the explanation are what must show; the question above
        // them stays in sight when they fit, and the source and the hint below may need a scroll.
        if (_confirming is null)
            doc.AnchorEndHere();
        foreach (var id in q.ArticleIds)
        {
            var a = Event.FindArticle(id);
            if (a is not null)
                doc.Add(new Para([new Span(Strings.Source, Tone.Dim), new Span(a.Outlet, Tone.Accent), new Span($", {EventModel.Date(a.Published)}: {a.Headline}", Tone.Dim)], Hanging: Strings.Source.Length));
        }
    }

    /// <summary>Says, while it is so, that answers wait in memory because the database could not take them.</summary>
    private void NotSavedYet(Document doc)
    {
        if (_context.Saving?.Unsaved is { } unsaved)
            doc.Add(new Para([new Span(Strings.NotSavedYet(unsaved), Tone.Warning)])).Gap();
    }

    public override Outcome Handle(Input input)
    {
        if (_confirming is not null)
        {
            switch (input.Command)
            {
                case UiCommand.Yes or UiCommand.Accept:
                    var leave = _confirming;
                    _confirming = null;
                    KeepUnfinished();
                    return leave;
                case UiCommand.No or UiCommand.Back:
                    _confirming = null;
                    return Outcome.Changed;
                case UiCommand.Quit:
                    _confirming = null;
                    KeepUnfinished();
                    return Outcome.Quit;
                default:
                    return Outcome.Ignored;
            }
        }

        switch (input.Command)
        {
            case UiCommand.OpenArticle:
                return CanOpenArticle ? OpenArticle() : Outcome.Ignored;
            case UiCommand.Back:
                _confirming = Outcome.Back;
                return Outcome.Changed;
            case UiCommand.Quit:
                _confirming = Outcome.Quit;
                return Outcome.Changed;
        }

        if (_feedback is not null)
        {
            if (input.Command is UiCommand.Accept or UiCommand.Toggle or UiCommand.Right)
                return Continue();
            return Outcome.Ignored;
        }

        // Skipping keeps what was typed: it is stored with the skip.
        if (input.Command == UiCommand.Skip)
            return Submit(_state?.Skipped ?? SkippedAnswer.Instance);

        var current = Session.Current;
        if (current is null)
            return Outcome.Ignored;
        _notice = null;
        var step = _view.Handle(input);
        if (step.Notice is not null)
            _notice = step.Notice;
        if (step.Answer is not null)
            return Submit(step.Answer);
        return step.Changed || step.Notice is not null ? Outcome.Changed : Outcome.Ignored;
    }

    /// <summary>
    /// Leaving the run with text typed: the text is stored as an answer that grades as skipped, so it
    /// is never lost, and comes back in the editor when the run is resumed. The run stays unfinished.
    /// </summary>
    private void KeepUnfinished()
    {
        if (Unfinished is not { } work || Session.Current is null)
            return;
        var now = _context.Now;
        _feedback = null;
        Runs.Answer(_context.Store, _attempt, Session, work, now - _shownAt, now);
        _view = NewView();
    }

    private Outcome Submit(Answer answer)
    {
        var now = _context.Now;
        _feedback = Runs.Answer(_context.Store, _attempt, Session, answer, now - _shownAt, now);
        if (Session.IsFinished)
            _result = Runs.Finish(_context.Store, _attempt, Session, now);
        return Outcome.Changed;
    }

    private Outcome Continue()
    {
        _feedback = null;
        if (Session.IsFinished)
        {
            var result = _result ?? Session.Result(Session.Answers.OfType<GivenAnswer>().Max(a => a.AnsweredAt));
            return Outcome.Replace(new ResultsModel(_context, Event, Quiz, result, _attempt, AttemptNumber));
        }
        _view = NewView();
        _shownAt = _context.Now;
        return Outcome.Changed;
    }

    internal static string Number1(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
    internal static char Letter(int index) => (char)('a' + index);
}

/// <summary>What one key press did to the answer being built.</summary>
internal readonly record struct Step(bool Changed, Answer? Answer = null, string? Notice = null)
{
    public static readonly Step None = new(false);
    public static readonly Step Moved = new(true);
    public static Step Done(Answer answer) => new(true, answer);
}
