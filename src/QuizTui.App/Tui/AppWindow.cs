using QuizTui.App.Tui.Screens;
using QuizTui.App.Tui.Views;
using QuizTui.Presentation;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace QuizTui.App.Tui;

/// <summary>
/// The one window of the app: shows the current screen and the status bar, turns keys into
/// commands (KeyMap) for the navigator, and asks for a larger window below the minimum size.
/// </summary>
public sealed class AppWindow : Runnable
{
    public const int MinWidth = 60;
    public const int MinHeight = 18;

    private readonly Theme _theme;
    private readonly StatusLine _status;
    private readonly TooSmallView _tooSmall;
    private ScreenView _screen;

    public AppWindow(Navigator navigator, Theme theme)
    {
        Navigator = navigator;
        _theme = theme;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        SetScheme(theme.Scheme());
        _status = new StatusLine(theme, navigator.Keys);
        _status.Clicked += command => Dispatch(command);
        _tooSmall = new TooSmallView(theme) { Visible = false };
        _screen = CreateScreen();
        Add(_screen, _status, _tooSmall);
        navigator.ScreenChanged += SwapScreen;
    }

    public Navigator Navigator { get; }
    public ScreenView Screen => _screen;
    public StatusLine Status => _status;

    private ScreenView CreateScreen()
    {
        var screen = ScreenView.For(Navigator.Current, _theme);
        screen.Body.ItemClicked += item => Dispatch(Input.PickAt(item), fromMouse: true);
        screen.Refresh(firstTime: true);
        _status.Show(Navigator.Current.Keys);
        return screen;
    }

    private void SwapScreen()
    {
        var old = _screen;
        _screen = CreateScreen();
        Remove(old);
        old.Dispose();
        Add(_screen);
        _screen.Visible = !_tooSmall.Visible;
        _screen.FocusTarget.SetFocus();
        SetNeedsLayout();
    }

    protected override bool OnKeyDown(Key key)
    {
        var input = KeyMap.Translate(key, Navigator.Current.Mode, Navigator.Keys);
        if (input is null)
            return base.OnKeyDown(key);
        if (_tooSmall.Visible && input.Value.Command is not (UiCommand.Quit or UiCommand.Back))
            return true;
        Dispatch(input.Value);
        return true;
    }

    /// <summary>Passes an input to the navigator and shows the result.</summary>
    public void Dispatch(Input input, bool fromMouse = false)
    {
        var before = Navigator.Current;
        // A click on an option picks it, like its number key; on a list it opens the item.
        if (fromMouse && before is ListScreenModel)
            input = Input.PickAt(input.Index);
        var outcome = Navigator.Handle(input);
        if (Navigator.QuitRequested)
        {
            App?.RequestStop();
            return;
        }
        if (outcome is IgnoredOutcome)
        {
            Scroll(input.Command);
            return;
        }
        if (ReferenceEquals(before, Navigator.Current))
        {
            _screen.Refresh();
            _status.Show(Navigator.Current.Keys);
        }
    }

    /// <summary>Draws the current screen again after something changed outside it (answers saved in the background, a live class report).</summary>
    public void Redraw()
    {
        _screen.Refresh();
        _status.Show(Navigator.Current.Keys);
    }

    private void Scroll(UiCommand command)
    {
        var body = _screen.Body;
        int page = Math.Max(1, body.Viewport.Height - 2);
        switch (command)
        {
            case UiCommand.Up: body.Scroll(-1); break;
            case UiCommand.Down: body.Scroll(1); break;
            case UiCommand.PageUp: body.Scroll(-page); break;
            case UiCommand.PageDown or UiCommand.Toggle: body.Scroll(page); break;
            case UiCommand.Home: body.Scroll(-body.LineCount); break;
            case UiCommand.End: body.ScrollToEnd(); break;
        }
    }

    protected override void OnFrameChanged(in System.Drawing.Rectangle frame)
    {
        base.OnFrameChanged(frame);
        bool small = frame.Width < MinWidth || frame.Height < MinHeight;
        _tooSmall.Visible = small;
        _screen.Visible = !small;
        _status.Visible = !small;
    }
}

/// <summary>Shown instead of the screen when the window is smaller than the app can lay out.</summary>
public sealed class TooSmallView : View
{
    private readonly Theme _theme;

    public TooSmallView(Theme theme)
    {
        _theme = theme;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        int w = Viewport.Width, h = Viewport.Height;
        SetAttribute(_theme.Normal);
        for (int row = 0; row < h; row++)
        {
            Move(0, row);
            AddStr(new string(' ', w));
        }
        var lines = TextLayout.Layout(
            [
                new Para(Strings.TooSmallTitle, Tone.Title),
                Gap.Instance,
                new Para(Strings.TooSmall(w, h, AppWindow.MinWidth, AppWindow.MinHeight)),
            ],
            Math.Max(8, w - 2));
        int top = Math.Max(0, (h - lines.Count) / 2);
        for (int i = 0; i < lines.Count && top + i < h; i++)
        {
            string text = lines[i].Text;
            int left = Math.Max(0, (w - TextLayout.Columns(text)) / 2);
            Move(left, top + i);
            SetAttribute(_theme.For(lines[i].Runs.FirstOrDefault()?.Tone ?? Tone.Normal));
            AddStr(text.Length > w ? text[..w] : text);
        }
        return true;
    }
}
