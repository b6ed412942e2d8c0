using QuizTui.App.Tui.Views;
using QuizTui.Presentation;
using Terminal.Gui.ViewBase;

namespace QuizTui.App.Tui.Screens;

/// <summary>
/// A screen: a header, the body its view-model writes, and nothing else. Screens only render;
/// what keys do is decided by the view-model.
/// </summary>
public abstract class ScreenView : View
{
    private object? _page;

    protected ScreenView(ScreenModel model, Theme theme)
    {
        Model = model;
        Theme = theme;
        Width = Dim.Fill();
        Height = Dim.Fill(1);
        CanFocus = true;
        Header = new HeaderView(theme);
        Body = new DocView(theme) { X = 1, Y = Pos.Bottom(Header), Width = Dim.Fill(), Height = Dim.Fill() };
        Add(Header, Body);
    }

    public ScreenModel Model { get; }
    protected Theme Theme { get; }
    public HeaderView Header { get; }
    public DocView Body { get; }

    /// <summary>What makes the body scroll back to the top when it changes (a new question, another quotation).</summary>
    protected virtual object? Page => null;

    protected virtual (string? Text, double Fraction) Progress => (null, 0);

    /// <summary>Draws the view-model's current state.</summary>
    public void Refresh(bool firstTime = false)
    {
        var (text, fraction) = Progress;
        Header.Show(Model.Title, text, fraction, Model.Learner is { } learner ? Strings.LearnerBadge(learner) : null);
        var page = Page;
        bool reset = firstTime || !Equals(page, _page);
        _page = page;
        Body.Show(Model.Body(), Model.Selected, reset);
        OnRefreshed();
    }

    /// <summary>After the body is drawn again: a screen with views of its own brings them up to date.</summary>
    protected virtual void OnRefreshed()
    {
    }

    /// <summary>The view that takes the keyboard: the body, or an editor when the screen shows one.</summary>
    public virtual View FocusTarget => Body;

    /// <summary>The screen class for a view-model: one class per screen.</summary>
    public static ScreenView For(ScreenModel model, Theme theme) => model switch
    {
        HomeModel m => new HomeScreen(m, theme),
        EventModel m => new EventScreen(m, theme),
        AboutEventModel m => new AboutEventScreen(m, theme),
        ArticleModel m => new ArticleScreen(m, theme),
        CompareModel m => new CompareScreen(m, theme),
        QuizModel m => new QuizScreen(m, theme),
        ResultsModel m => new ResultsScreen(m, theme),
        HelpModel m => new HelpScreen(m, theme),
        ProgressModel m => new ProgressScreen(m, theme),
        ResumeModel m => new ResumeScreen(m, theme),
        ProfilesModel m => new ProfilesScreen(m, theme),
        DashboardModel m => new DashboardScreen(m, theme),
        _ => throw new ArgumentOutOfRangeException(nameof(model), model.GetType().Name, "No screen for this view-model."),
    };
}

/// <summary>Home: the list of events with progress.</summary>
public sealed class HomeScreen(HomeModel model, Theme theme) : ScreenView(model, theme);

/// <summary>An event: overview, quizzes, articles, people, timeline.</summary>
public sealed class EventScreen(EventModel model, Theme theme) : ScreenView(model, theme);

/// <summary>An event's whole overview, people and timeline.</summary>
public sealed class AboutEventScreen(AboutEventModel model, Theme theme) : ScreenView(model, theme);

/// <summary>An article's summary, key points and quotations (also opened over a quiz, from a question).</summary>
public sealed class ArticleScreen(ArticleModel model, Theme theme) : ScreenView(model, theme)
{
    /// <summary>Another of a question's articles starts at its top.</summary>
    protected override object? Page => model.Article;
}

/// <summary>A quotation as each outlet printed it, side by side.</summary>
public sealed class CompareScreen(CompareModel model, Theme theme) : ScreenView(model, theme)
{
    protected override object? Page => model.Index;
}

/// <summary>
/// The quiz runner: the question count and a progress bar above the question; below it, while a
/// written answer is typed, the editor it is typed in.
/// </summary>
public sealed class QuizScreen(QuizModel model, Theme theme) : ScreenView(model, theme)
{
    /// <summary>The share of the screen's height the question keeps above the editor.</summary>
    private const int QuestionPercent = 40;

    protected override object? Page => (model.Number, model.ShowingFeedback, model.IsConfirmingQuit, model.Editing is null);
    protected override (string? Text, double Fraction) Progress => (model.ProgressText, model.Fraction);

    /// <summary>The editor on screen, while a written answer is typed.</summary>
    public AnswerEditor? Editor { get; private set; }

    public override View FocusTarget => Editor is { } editor ? editor : Body;

    protected override void OnRefreshed()
    {
        var editing = model.Editing;
        if (Editor is { } shown && !ReferenceEquals(shown.State, editing))
        {
            Remove(shown);
            shown.Dispose();
            Editor = null;
            Body.Height = Dim.Fill();
            Body.SetFocus();
        }
        if (editing is not null && Editor is null)
        {
            Body.Height = Dim.Percent(QuestionPercent);
            Editor = new AnswerEditor(editing, Strings.EditorTitle, model.Bindings.LeftByEditor) { X = 0, Y = Pos.Bottom(Body) };
            Add(Editor);
            Editor.Focus();
        }
    }
}

/// <summary>Results of a finished quiz.</summary>
public sealed class ResultsScreen(ResultsModel model, Theme theme) : ScreenView(model, theme);

/// <summary>The keys of the screen help was opened from.</summary>
public sealed class HelpScreen(HelpModel model, Theme theme) : ScreenView(model, theme);

/// <summary>Progress: scores over time, mastery per skill, speakers, streak, retired questions.</summary>
public sealed class ProgressScreen(ProgressModel model, Theme theme) : ScreenView(model, theme);

/// <summary>Resume an unfinished run of a quiz, or start again.</summary>
public sealed class ResumeScreen(ResumeModel model, Theme theme) : ScreenView(model, theme);

/// <summary>The class dashboard (quiztui class dashboard): the class report, live.</summary>
public sealed class DashboardScreen(DashboardModel model, Theme theme) : ScreenView(model, theme);

/// <summary>The learners on this computer; switch, or type a new name.</summary>
public sealed class ProfilesScreen(ProfilesModel model, Theme theme) : ScreenView(model, theme);
