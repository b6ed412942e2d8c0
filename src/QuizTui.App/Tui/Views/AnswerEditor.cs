using QuizTui.Core.Questions;
using QuizTui.Presentation;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace QuizTui.App.Tui.Views;

/// <summary>
/// The multi-line editor a written answer is typed in: Terminal.Gui's TextView, wrapping words,
/// inside a border. Every change goes straight to the answer state, which keeps the text; the
/// editor only shows it, so a screen built again (after help, a resize) starts from the state.
/// </summary>
/// <remarks>
/// TextView is marked obsolete in Terminal.Gui 2.5 in favour of an editor shipped as a package of
/// its own; until the app takes that dependency, TextView is the toolkit's multi-line editor, used
/// here and nowhere else.
/// </remarks>
#pragma warning disable CS0618 // TextView: see remarks.
public sealed class AnswerEditor : View
{
    private readonly TextView _text;
    private readonly WrittenState _state;
    private bool _placed;

    /// <param name="leftToScreen">Keys the app gives a meaning while the editor has focus (submit, skip, help, the article, quit): taken off the editor if it binds them itself.</param>
    public AnswerEditor(WrittenState state, string title, IEnumerable<KeyChord> leftToScreen)
    {
        _state = state;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        BorderStyle = LineStyle.Rounded;
        Title = title;
        _text = new TextView
        {
            Width = Dim.Fill(),
            Height = Dim.Fill(),
            WordWrap = true,
            TabKeyAddsTab = false,
            Text = state.Text,
        };
        // Keys the app binds (AppKeys) are the app's, not the editor's: Ctrl+D, for one, would delete forward.
        foreach (var chord in leftToScreen)
        {
            if (KeyMap.KeyOf(chord) is { } key && _text.KeyBindings.TryGet(key, out _))
                _text.KeyBindings.Remove(key);
        }
        _text.ContentsChanged += (_, _) => _state.Edit(_text.Text);
        Add(_text);
    }

    /// <summary>Back in the editor (after help, a question on quitting), typing goes on at the end, once the editor has its size.</summary>
    protected override void OnSubViewsLaidOut(LayoutEventArgs args)
    {
        base.OnSubViewsLaidOut(args);
        if (_placed || _text.Viewport.Width == 0)
            return;
        _placed = true;
        _text.MoveEnd();
    }

    /// <summary>The text as the editor holds it.</summary>
    public string Typed => _text.Text;

    /// <summary>The state this editor writes to.</summary>
    public WrittenState State => _state;

    /// <summary>Puts the cursor in the editor.</summary>
    public void Focus() => _text.SetFocus();

    public bool IsFocused => _text.HasFocus;
}
#pragma warning restore CS0618
