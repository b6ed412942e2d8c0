using Humanizer;
using QuizTui.Core.Model;

namespace QuizTui.Presentation;

/// <summary>
/// An article: outlet, headline, author, date, summary, key points and quotations; starts its quiz.
/// Opened from a question (<see cref="ForQuestion"/>), it is read over the quiz instead: it offers
/// no quiz of its own, says how to go back, and goes through the question's articles with ←→.
/// </summary>
public sealed class ArticleModel : ListScreenModel
{
    private readonly IReadOnlyList<QuotationGroup> _groups;
    private readonly IReadOnlyList<Article> _articles;
    private readonly (int Number, int Count)? _question;
    private int _index;

    public ArticleModel(StudyContext context, NewsEvent newsEvent, Article article)
        : this(context, newsEvent, [article], null)
    {
    }

    private ArticleModel(StudyContext context, NewsEvent newsEvent, IReadOnlyList<Article> articles, (int Number, int Count)? question)
    {
        Context = context;
        Event = newsEvent;
        _articles = articles;
        _question = question;
        _groups = QuotationComparison.Groups(newsEvent);
    }

    /// <summary>The articles a question is about, opened from question <paramref name="number"/> of <paramref name="count"/>, first article first.</summary>
    public static ArticleModel ForQuestion(StudyContext context, NewsEvent newsEvent, IReadOnlyList<Article> articles, int number, int count)
    {
        if (articles.Count == 0)
            throw new ArgumentException("A question's article screen needs at least one article.", nameof(articles));
        return new ArticleModel(context, newsEvent, articles, (number, count));
    }

    public StudyContext Context { get; }
    public NewsEvent Event { get; }
    public Article Article => _articles[_index];

    /// <summary>True when opened from a question of a quiz in progress.</summary>
    public bool FromQuestion => _question is not null;

    /// <summary>The article's comprehension quiz, offered unless the article was opened from a question.</summary>
    public ComprehensionQuiz? Quiz => FromQuestion ? null : Event.Quizzes.OfType<ComprehensionQuiz>().FirstOrDefault(q => q.ArticleId == Article.Id);

    public override string? Learner => Context.Profile;

    public override string Title => Strings.AppName + Strings.Separator + Event.Title + Strings.Separator + Article.Outlet;

    protected override int ItemCount => Quiz is null ? 0 : 1;

    private int FirstComparedGroup =>
        Article.Quotations.Select(q => QuotationComparison.IndexOf(_groups, q.Id)).Where(i => i >= 0).DefaultIfEmpty(-1).First();

    public override IReadOnlyList<KeyHelp> Keys
    {
        get
        {
            var keys = new List<KeyHelp>();
            if (_articles.Count > 1)
                keys.Add(new(UiCommand.Right, Strings.KeyOtherArticle));
            if (Quiz is not null)
                keys.Add(new(UiCommand.StartQuiz, Strings.KeyTakeQuiz));
            if (FirstComparedGroup >= 0)
                keys.Add(new(UiCommand.Compare, Strings.KeyCompare));
            keys.Add(new(UiCommand.PageDown, Strings.KeyScroll));
            keys.Add(new(UiCommand.Back, Strings.KeyBack));
            keys.Add(new(UiCommand.Quit, Strings.KeyQuit));
            keys.Add(new(UiCommand.Help, Strings.KeyHelp));
            return keys;
        }
    }

    /// <summary>"24 September 2020 (6 years ago)".</summary>
    public string DateLine
    {
        get
        {
            var today = DateOnly.FromDateTime(Context.Now.UtcDateTime);
            return Strings.Published(Article.Published, Article.Published.Humanize(today));
        }
    }

    public override Document Body()
    {
        var doc = new Document();
        if (_question is { } question)
        {
            doc.Text(Strings.OpenedFromQuestion(question.Number, question.Count, Context.Keys), Tone.Accent);
            if (_articles.Count > 1)
                doc.Text(Strings.ArticleOfQuestion(_index + 1, _articles.Count, Context.Keys), Tone.Accent);
            doc.Gap();
        }
        doc.Text(Article.Headline, Tone.Title);
        if (Article.HeadlineIsOurs)
            doc.Text(Strings.HeadlineIsOurs, Tone.Dim);
        var byline = new List<Span> { new(Article.Outlet, Tone.Accent) };
        if (!string.IsNullOrWhiteSpace(Article.Author))
            byline.Add(new Span(", " + Strings.By(Article.Author)));
        byline.Add(new Span(" · " + DateLine, Tone.Dim));
        doc.Add(new Para(byline));

        doc.Heading(Strings.Summary).Text(Article.Summary);

        if (Article.KeyPoints.Count > 0)
        {
            doc.Heading(Strings.KeyPoints);
            foreach (var k in Article.KeyPoints)
                doc.Add(new Para([new Span(Strings.Bullet + " ", Tone.Accent), new Span(k.Text)], Indent: 2, Hanging: 2));
        }

        if (Article.Quotations.Count > 0)
        {
            doc.Heading(Strings.Quotations);
            foreach (var q in Article.Quotations)
            {
                var speaker = Event.FindPerson(q.SpeakerId);
                doc.Add(new Para([new Span("“" + q.Text + "”", Tone.Quote)], Indent: 2, Hanging: 1));
                string who = speaker?.Label ?? q.SpeakerId;
                doc.Add(new Para([new Span(Strings.SpeakerChannel(who, q.ChannelPhrase), Tone.Dim)], Indent: 4, Hanging: 2));
                if (QuotationComparison.IndexOf(_groups, q.Id) >= 0)
                    doc.Add(new Para([new Span(Strings.PrintedElsewhere(Context.Keys), Tone.Dim)], Indent: 4));
                doc.Gap();
            }
        }

        doc.Gap();
        if (FromQuestion)
            return doc;
        if (Quiz is not null)
            doc.Add(new Para([new Span("▶ " + Strings.TakeQuiz, Tone.Accent), new Span($"  ({Quiz.Title}, {Strings.QuestionCount(Quiz.Questions.Count)})", Tone.Dim)], Indent: 2, Hanging: 2, Item: 0));
        else
            doc.Text(Strings.NoArticleQuiz, Tone.Dim);
        return doc;
    }

    protected override Outcome Open(int item) => StartQuiz();

    private Outcome Turn(int by)
    {
        _index += by;
        return Outcome.Changed;
    }

    private Outcome StartQuiz() => Quiz is null ? Outcome.Ignored : Outcome.Open(ResumeModel.Open(Context, Event, Quiz));

    protected override Outcome HandleOther(Input input) => input.Command switch
    {
        UiCommand.StartQuiz => StartQuiz(),
        UiCommand.Right when _index < _articles.Count - 1 => Turn(+1),
        UiCommand.Left when _index > 0 => Turn(-1),
        UiCommand.Compare when FirstComparedGroup >= 0 => Outcome.Open(new CompareModel(Context, Event, _groups, FirstComparedGroup)),
        _ => Outcome.Ignored,
    };
}
