using QuizTui.Core.Progress;

namespace QuizTui.Presentation;

/// <summary>
/// The learners on this computer: pick one with the arrows and Enter, or type a new name and press
/// Enter. Switching opens Home for that learner.
/// </summary>
public sealed class ProfilesModel : ListScreenModel
{
    private readonly StudyContext _context;
    private string _typed = "";
    private string? _error;

    public ProfilesModel(StudyContext context)
    {
        _context = context;
        Profiles = context.Store.Profiles().Select(p => p.Name)
            .Append(context.Profile)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        Select(Profiles.ToList().IndexOf(context.Profile));
    }

    public IReadOnlyList<string> Profiles { get; }

    /// <summary>The name typed so far.</summary>
    public string Typed => _typed;

    public string? Error => _error;

    public override string Title => Strings.AppName + Strings.Separator + Strings.ProfilesTitle;

    public override string? Learner => _context.Profile;

    public override InputMode Mode => InputMode.Text;

    protected override int ItemCount => Profiles.Count;

    public override IReadOnlyList<KeyHelp> Keys { get; } =
    [
        new(UiCommand.Accept, Strings.KeySwitch),
        new(UiCommand.Up, Strings.KeyMove),
        new(UiCommand.Type, Strings.KeyTypeName, KeysOverride: "letters"),
        new(UiCommand.Back, Strings.KeyBack),
        new(UiCommand.Help, Strings.KeyHelp),
    ];

    public override Document Body()
    {
        var doc = new Document();
        doc.Text(Strings.ProfilesIntro(_context.Profile, _context.Keys), Tone.Dim).Gap();
        for (int i = 0; i < Profiles.Count; i++)
        {
            string name = Profiles[i];
            var spans = new List<Span> { new(name, name == _context.Profile ? Tone.Accent : Tone.Normal) };
            if (name == _context.Profile)
                spans.Add(new Span(Strings.CurrentMark, Tone.Dim));
            doc.Add(new Para(spans, Indent: 2, Item: i));
        }
        doc.Gap();
        doc.Line(new Span(Strings.NewName, Tone.Key), new Span(_typed + "▏", Tone.Accent));
        if (_error is not null)
            doc.Text(_error, Tone.Warning);
        return doc;
    }

    public override Outcome Handle(Input input)
    {
        switch (input.Command)
        {
            case UiCommand.Type:
                _typed += input.Char;
                _error = null;
                return Outcome.Changed;
            case UiCommand.Erase when _typed.Length > 0:
                _typed = _typed[..^1];
                _error = null;
                return Outcome.Changed;
            case UiCommand.Accept when _typed.Length > 0:
                return Switch(_typed);
            case UiCommand.Back when _typed.Length > 0:
                _typed = "";
                _error = null;
                return Outcome.Changed;
            default:
                return base.Handle(input);
        }
    }

    protected override Outcome Open(int item) => Switch(Profiles[item]);

    private Outcome Switch(string name)
    {
        if (!ProfileName.TryCheck(name, out string profile, out _error))
            return Outcome.Changed;
        if (profile == _context.Profile)
            return Outcome.Back;
        _context.Store.EnsureProfile(profile, _context.Now);
        return Outcome.Reset(new HomeModel(_context.ForProfile(profile)));
    }
}
