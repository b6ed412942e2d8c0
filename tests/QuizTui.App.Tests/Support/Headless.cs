using QuizTui.App.Tui;
using QuizTui.Presentation;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace QuizTui.App.Tests.Support;

/// <summary>The app's window on Terminal.Gui's own driver, at a fixed size, with no terminal.</summary>
public sealed class Headless : IDisposable
{
    private readonly IApplication _app;
    private readonly SessionToken? _token;

    public Headless(StudyContext context, int width = 80, int height = 24, ThemeName theme = ThemeName.Default)
    {
        _app = Application.Create(new VirtualTimeProvider()).Init("ansi");
        _app.Driver!.SetScreenSize(width, height);
        Window = TuiApp.CreateWindow(context, theme);
        _token = _app.Begin(Window);
        _app.LayoutAndDraw();
    }

    public AppWindow Window { get; }

    /// <summary>Lays out and draws again, as the main loop does after a timer changed the window.</summary>
    public void Draw() => _app.LayoutAndDraw();

    public void Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        _app.LayoutAndDraw();
    }

    public Headless Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            _app.InjectKey(key);
            _app.LayoutAndDraw();
        }
        return this;
    }

    /// <summary>A left click at a screen position (column, row from 0).</summary>
    public Headless Click(int column, int row)
    {
        _app.InjectSequence(InputInjectionExtensions.LeftButtonClick(new System.Drawing.Point(column, row)));
        _app.LayoutAndDraw();
        return this;
    }

    public Headless Type(string text) => Press(text.Select(c => new Key(c)).ToArray());

    /// <summary>The screen as text, trailing spaces trimmed.</summary>
    public string Screen() =>
        string.Join("\n", _app.Driver!.ToString()!.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())).TrimEnd('\n') + "\n";

    /// <summary>Every attribute a cell on screen is drawn with (cells never drawn have none).</summary>
    public IReadOnlySet<Terminal.Gui.Drawing.Attribute> Attributes()
    {
        var seen = new HashSet<Terminal.Gui.Drawing.Attribute>();
        foreach (var cell in _app.Driver!.Contents!)
        {
            if (cell.Attribute is { } attribute)
                seen.Add(attribute);
        }
        return seen;
    }

    public void Dispose()
    {
        if (_token is not null)
            _app.End(_token);
        Window.Dispose();
        _app.Dispose();
    }
}
