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
        new(UiCommand.PageDown, Strings.KeyScroll, KeysOverride: "PgUp PgDn Home End, wheel"),
    ];

    public override Document Body()
    {
        var doc = new Document();
        string screenName = Screen.Title.Split(Strings.Separator).Last();
        doc.Text(Strings.HelpFor(screenName), Tone.Heading).Gap();
        foreach (var k in Screen.Keys.DistinctBy(k => (k.Command, k.KeysOverride)))
            Row(doc, k);
        doc.Heading(Strings.HelpEverywhere);
        foreach (var k in Everywhere)
            Row(doc, k);
        return doc;
    }

    private void Row(Document doc, KeyHelp k)
    {
        string keys = k.KeysOverride ?? keyLabel(k.Command);
        doc.Add(new Para([new Span(keys.PadRight(22), Tone.Key), new Span(k.What)], Indent: 2, Hanging: 22));
    }

    public override Outcome Handle(Input input) => input.Command switch
    {
        UiCommand.Back or UiCommand.Help or UiCommand.Accept => Outcome.Back,
        _ => Outcome.Ignored,
    };
}
