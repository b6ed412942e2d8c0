using QuizTui.Core.Model;
using QuizTui.Core.Progress;

namespace QuizTui.Presentation;

/// <summary>What every screen shares: the content, the learner's store and progress, the clock, and the run options.</summary>
public sealed class StudyContext
{
    /// <param name="store">The score store; screens write through <see cref="Store"/>, which keeps <see cref="Tracker"/> in step.</param>
    /// <param name="seed">A fixed seed for every quiz run (<c>--seed</c>); null picks a new one per run.</param>
    /// <param name="keys">The key bindings: what keys mean, and how the screens write them.</param>
    public StudyContext(ContentLibrary library, IScoreStore store, string profile, TimeProvider clock, int? seed, AppKeys keys)
    {
        Library = library;
        BaseStore = store;
        Profile = profile;
        Clock = clock;
        Seed = seed;
        Keys = keys;
        Tracker = new ProgressTracker(library, store, profile, clock);
        Store = Tracker.Store;
    }

    public ContentLibrary Library { get; }
    public string Profile { get; }
    public TimeProvider Clock { get; }
    public int? Seed { get; }
    public AppKeys Keys { get; }

    /// <summary>The learner's progress, kept in memory.</summary>
    public ProgressTracker Tracker { get; }

    /// <summary>The store to read and write scores through.</summary>
    public IScoreStore Store { get; }

    /// <summary>What the store could not save yet, when it keeps writes the database refused (the app's store does).</summary>
    public ISaveStatus? Saving => BaseStore as ISaveStatus;

    private IScoreStore BaseStore { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public int NextSeed() => Seed ?? Random.Shared.Next();

    /// <summary>The same app on other content (a class pack's new version): same learner, store and options.</summary>
    public StudyContext WithLibrary(ContentLibrary library) => new(library, BaseStore, Profile, Clock, Seed, Keys);

    /// <summary>The same app for another learner: same content, store and options, their own progress.</summary>
    public StudyContext ForProfile(string profile) => new(Library, BaseStore, profile, Clock, Seed, Keys);

    public EventProgress? ProgressOf(NewsEvent newsEvent) => Tracker.Summary.FindEvent(newsEvent.Id);

    public QuizProgress? ProgressOf(NewsEvent newsEvent, Quiz quiz) => Tracker.Summary.FindQuiz(newsEvent.Id, quiz.Id);
}
