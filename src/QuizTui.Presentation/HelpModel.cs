namespace QuizTui.Presentation;

/// <summary>Help: the keys of the screen it was opened from, then the keys that work everywhere it does not already list.</summary>
public sealed class HelpModel(ScreenModel screen, AppKeys keys) : ScreenModel
{
    public ScreenModel Screen { get; } = screen;

    public override string Title => Strings.AppName + Strings.Separator + Strings.HelpTitle;

    public override IReadOnlyList<KeyHelp> Keys { get; } =
    [
        new(UiCommand.Back, Strings.KeyBack),
        new(UiCommand.Quit, Strings.KeyQuit),
    ];

    public static readonly IReadOnlyList<KeyHelp> Everywhere =
    [
        new(UiCommand.Help, Strings.KeyHelp),
        new(UiCommand.Back, Strings.KeyBack),
        new(UiCommand.Quit, Strings.KeyQuit),
        new(UiCommand.PageDown, Strings.KeyScroll),
    ];

    public override Document Body()
    {
        var doc = new Document();
        string screenName = Screen.Title.Split(Strings.Separator).Last();
        doc.Text(Strings.HelpFor(screenName), Tone.Heading).Gap();
        var own = Screen.Keys.DistinctBy(k => (k.Command, KeysOf(k))).ToList();
        // A key the screen lists (Esc as "quit quiz") is not listed again under everywhere, nor one
        // that does nothing in the screen's mode (the page keys move inside a written answer).
        var everywhere = Everywhere
            .Where(e => keys.Works(e.Command, Screen.Mode) && !own.Any(k => k.Command == e.Command || KeysOf(k) == KeysOf(e)))
            .ToList();
        int pad = own.Concat(everywhere).Max(k => KeysOf(k).Length) + 3;
        foreach (var k in own)
            Row(doc, k, pad);
        if (everywhere.Count > 0)
        {
            doc.Heading(Strings.HelpEverywhere);
            foreach (var k in everywhere)
                Row(doc, k, pad);
        }
        return doc;
    }

    private string KeysOf(KeyHelp k) => k.HelpKeys ?? k.KeysOverride ?? keys.HelpLabel(k.Command, Screen.Mode);

    private void Row(Document doc, KeyHelp k, int pad) =>
        doc.Add(new Para([new Span(KeysOf(k).PadRight(pad), Tone.Key), new Span(k.What)], Indent: 2, Hanging: pad));

    public override Outcome Handle(Input input) => input.Command switch
    {
        UiCommand.Back or UiCommand.Help or UiCommand.Accept => Outcome.Back,
        _ => Outcome.Ignored,
    };
}
