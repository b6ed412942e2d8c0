namespace QuizTui.App.Tui.ViewModels;

/// <summary>Help: the keys of the screen it was opened from, then the keys that work everywhere.</summary>
public sealed class HelpModel(ScreenModel screen, Func<UiCommand, string> keyLabel) : ScreenModel
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
        new(UiCommand.PageDown, Strings.KeyScroll, KeysOverride: "PgUp PgDn Home End"),
    ];

    public override Document Body()
    {
        var doc = new Document();
        string screenName = Screen.Title.Split(Strings.Separator).Last();
        doc.Text(Strings.HelpFor(screenName), Tone.Heading).Gap();
        var own = Screen.Keys.DistinctBy(k => (k.Command, k.KeysOverride)).ToList();
        int pad = own.Concat(Everywhere).Max(k => KeysOf(k).Length) + 3;
        foreach (var k in own)
            Row(doc, k, pad);
        doc.Heading(Strings.HelpEverywhere);
        foreach (var k in Everywhere)
            Row(doc, k, pad);
        return doc;
    }

    private string KeysOf(KeyHelp k) => k.KeysOverride ?? keyLabel(k.Command);

    private void Row(Document doc, KeyHelp k, int pad) =>
        doc.Add(new Para([new Span(KeysOf(k).PadRight(pad), Tone.Key), new Span(k.What)], Indent: 2, Hanging: pad));

    public override Outcome Handle(Input input) => input.Command switch
    {
        UiCommand.Back or UiCommand.Help or UiCommand.Accept => Outcome.Back,
        _ => Outcome.Ignored,
    };
}
